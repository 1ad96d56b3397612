import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder per run when asked (parallel end-to-end runs on one checkout).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  transpilePackages: ['@masterclass/plugin-ticketing'],
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
