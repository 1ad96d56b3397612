import type { Metadata } from 'next'

import type { Locale } from '@/i18n/locales'
import type { CityEvent, Media } from '@/payload-types'

import { alternates } from './alternates'
import { formatEventDates } from './formatEventDates'
import { plainText } from './plainText'

/** Title, description, OpenGraph (the event's image) and hreflang alternates of an event page. */
export const eventMetadata = (event: CityEvent, locale: Locale): Metadata => {
  const dates = formatEventDates(event, locale)
  const where = [event.venueName, event.city].filter(Boolean).join(', ')
  const description = `${dates.days} · ${where}. ${plainText(event.description, 200)}`.trim()
  const image = typeof event.image === 'object' ? (event.image as Media | null) : null
  const path = `/events/${event.slug}`
  return {
    alternates: alternates(locale, path),
    description,
    openGraph: {
      description,
      images: image?.url ? [{ alt: image.alt, height: image.height ?? undefined, url: image.url, width: image.width ?? undefined }] : [`/og?title=${encodeURIComponent(event.title)}&subtitle=${encodeURIComponent(`${dates.days} · ${event.city}`)}`],
      title: event.title,
      type: 'website',
      url: `/${locale}${path}`,
    },
    robots: event.status === 'DRAFT' ? { follow: false, index: false } : undefined,
    title: event.title,
  }
}
