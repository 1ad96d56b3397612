import config from '@payload-config'
import { getPayload } from 'payload'

import type { BookableEvent } from '../types'

/**
 * The published (or sold-out) event behind a booking page, in the page's language; null for
 * drafts and unknown slugs. Prices are not read here: the form asks the quote endpoint.
 */
export const findBookableEvent = async (slug: string, locale: 'en' | 'fr'): Promise<BookableEvent | null> => {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'city-events',
    depth: 0,
    limit: 1,
    locale,
    where: { and: [{ slug: { equals: slug } }, { status: { in: ['PUBLISHED', 'SOLD_OUT'] } }] },
  })
  const event = docs[0]
  if (!event) return null
  return {
    city: event.city,
    groupDiscountPercent: event.groupDiscountPercent ?? null,
    groupMinimum: event.groupMinimum ?? null,
    maxPerBooking: event.maxPerBooking,
    slug: event.slug,
    startsAt: event.startsAt,
    timezone: event.timezone,
    title: event.title,
    venueName: event.venueName ?? null,
  }
}
