import config from '@payload-config'
import type { MetadataRoute } from 'next'
import { getPayload } from 'payload'

import { LOCALES } from '@/i18n/locales'

import { siteUrl } from './_lib/siteUrl'

export const dynamic = 'force-dynamic'

/** /sitemap.xml: published pages and every non-draft event, in each language, with hreflang alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const payload = await getPayload({ config })
  const base = await siteUrl()
  const [pages, events] = await Promise.all([
    payload.find({ collection: 'pages', depth: 0, limit: 1000, overrideAccess: false, pagination: false, select: { slug: true, updatedAt: true } }),
    payload.find({ collection: 'city-events', depth: 0, limit: 1000, overrideAccess: false, pagination: false, select: { slug: true, status: true, updatedAt: true } }),
  ])
  const entry = (path: string, updatedAt: string) =>
    LOCALES.map((locale) => ({
      alternates: { languages: Object.fromEntries(LOCALES.map((code) => [code, `${base}/${code}${path}`])) },
      lastModified: updatedAt,
      url: `${base}/${locale}${path}`,
    }))
  return [
    ...pages.docs.flatMap((page) => entry(page.slug === 'home' ? '' : `/${page.slug}`, page.updatedAt)),
    ...entry('/events', new Date().toISOString()),
    ...events.docs.filter((event) => event.status !== 'DRAFT').flatMap((event) => entry(`/events/${event.slug}`, event.updatedAt)),
  ]
}
