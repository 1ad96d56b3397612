import type { Metadata } from 'next'

import type { Locale } from '@/i18n/locales'
import type { Media, Page } from '@/payload-types'

import { alternates } from './alternates'

/** Title, description, OpenGraph (with the page's sharing image) and hreflang alternates of a CMS page. */
export const pageMetadata = (page: Page, locale: Locale, path: string, fallbackDescription: string, isHome = false): Metadata => {
  const hero = page.layout?.find((block) => block.blockType === 'hero')
  const description = page.meta?.description || (hero && 'subheading' in hero ? hero.subheading : null) || fallbackDescription
  const image = typeof page.meta?.image === 'object' ? (page.meta.image as Media | null) : null
  const title = hero && 'heading' in hero && isHome ? hero.heading : page.title
  return {
    alternates: alternates(locale, path),
    description,
    openGraph: {
      description,
      images: image?.url ? [{ alt: image.alt, height: image.height ?? undefined, url: image.url, width: image.width ?? undefined }] : [`/og?title=${encodeURIComponent(title)}`],
      title,
      url: `/${locale}${path}`,
    },
    title: isHome ? { absolute: title } : title,
  }
}
