import type { Payload, PayloadRequest } from 'payload'

import { BookingFiltersBar } from '../BookingFiltersBar/index.client'

type Props = { cityEventsSlug: string; i18n?: { language?: string }; payload?: Payload; user?: PayloadRequest['user'] }

/** Above the bookings list: the events to filter on (newest first, titles in the admin's language), for the filter bar. */
export const BookingFilters = async ({ cityEventsSlug, i18n, payload, user }: Props) => {
  if (!payload || !user) return null
  const localization = payload.config.localization
  const locale = localization && i18n?.language && localization.localeCodes.includes(i18n.language) ? i18n.language : undefined
  const { docs } = await payload.find({ collection: cityEventsSlug as never, depth: 0, limit: 200, locale: locale as never, overrideAccess: false, pagination: false, req: { payload, user } as PayloadRequest, select: { city: true, startsAt: true, title: true } as never, sort: '-startsAt' })
  const events = (docs as Record<string, any>[]).map((event) => ({ id: String(event.id), startsAt: event.startsAt ?? null, title: String(event.title ?? event.id) }))
  return <BookingFiltersBar events={events} />
}
