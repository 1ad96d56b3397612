import type { LivePreviewConfig, Locale } from 'payload'

/**
 * Payload live preview for a site page: the admin's iframe opens `/preview`, which turns on
 * Next's draft mode for a signed-in staff member and redirects to the page rendered with the
 * draft; the page refreshes itself whenever the document is saved.
 */
export const livePreview = (pathOf: (slug: string, locale: string) => string): LivePreviewConfig => ({
  breakpoints: [
    { name: 'mobile', height: 844, label: 'Mobile', width: 390 },
    { name: 'desktop', height: 900, label: 'Desktop', width: 1280 },
  ],
  url: ({ data, locale, req }: { data: Record<string, unknown>; locale: Locale | string; req: { payload: { config: { serverURL: string } } } }) => {
    const slug = typeof data?.slug === 'string' ? data.slug : ''
    const code = typeof locale === 'string' ? locale : (locale?.code ?? 'fr')
    return `${req.payload.config.serverURL}/preview?path=${encodeURIComponent(pathOf(slug, code))}`
  },
})
