import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'

export type ReferencePageParams = { params: Promise<{ locale: string; reference: string }> }

/**
 * The metadata of a booking's own pages (`/book/pay/…`, `/book/confirmation/…`): their title
 * and description in the page's language, both languages as alternates, never indexed (the
 * address names a booking).
 */
export const bookingPageMetadata =
  (page: 'confirmation' | 'pay') =>
  async ({ params }: ReferencePageParams): Promise<Metadata> => {
    const { locale, reference } = await params
    if (!isLocale(locale)) return {}
    const t = await getTranslations({ locale, namespace: 'booking.meta' })
    return {
      alternates: { languages: { en: `/en/book/${page}/${reference}`, fr: `/fr/book/${page}/${reference}` } },
      description: t(`${page}Description`),
      openGraph: { title: t(`${page}Title`) },
      robots: { follow: false, index: false },
      title: t(`${page}Title`),
    }
  }
