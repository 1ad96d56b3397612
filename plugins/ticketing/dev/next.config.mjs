import { withPayload } from '@payloadcms/next/withPayload'

/** The dev host's Next app: Payload's admin and REST API only (run from the repository root: `npx next dev plugins/ticketing/dev`). */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  transpilePackages: ['@masterclass/plugin-ticketing'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
