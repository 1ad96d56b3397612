import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

import { securityHeaderRules } from './src/lib/security/securityHeaders.mjs'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder per run when asked (parallel end-to-end runs on one checkout).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Metadata (title, description, canonical, hreflang) is always rendered in <head> before the
  // page streams, for every client: by default Next streams it into <body> for browsers it does
  // not know as bots, where link previews and some crawlers miss it once the server is busy.
  htmlLimitedBots: /.*/,
  // A cached page (revalidate = 30) is re-rendered in the background once 30 s old and never
  // served once 60 s old: the event page's structured data (offer, availability) is at most a
  // minute old even after a quiet hour. Changes refresh pages at once (docs/decisions/page-cache.md).
  expireTime: 60,
  poweredByHeader: false,
  // The document renderers' PDF library reads its colour profile and font data next to its own
  // files: loaded by Node from node_modules, not bundled.
  serverExternalPackages: ['fontkit', 'pdfkit'],
  transpilePackages: ['@masterclass/plugin-ticketing'],
}

const config = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })

// Payload asks every browser for its colour scheme with Critical-CH on every path, which makes
// Chrome request each public page twice; only the admin uses the hint.
const payloadHeaders = config.headers
// Then the security headers of every response (src/lib/security/securityHeaders.mjs).
config.headers = async () => [
  ...(await payloadHeaders()).map((rule) => (rule.source === '/:path*' ? { ...rule, source: '/admin/:path*' } : rule)),
  ...securityHeaderRules({ dev: process.env.NODE_ENV !== 'production' }),
]

export default config
