import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { EventStatus } from '../../constants'
import { parseEventKey } from '../../domain/eventKey'
import { eventTexts } from './eventTexts'
import { liveAvailable } from '../seats/liveAvailable'
import { query } from '../core/query'

export type EventRecord = {
  id: number
  capacity: number
  city: string
  country: string
  currency: string
  earlyBirdDeadline: null | string
  earlyBirdPrice: null | number
  endsAt: null | string
  groupDiscountPercent: null | number
  groupMinimum: null | number
  holdMinutes: number
  maxPerBooking: number
  regularPrice: number
  salesCloseAt: null | string
  salesOpenAt: null | string
  seatsAvailable: number
  slug: string
  startsAt: string
  status: EventStatus
  timezone: string
  title: string
  /** Content version: changes with every edit of the event (seat counters do not touch it). */
  updatedAt: string
  venueAddress: null | string
  venueName: null | string
}

type Row = Record<string, unknown>
const num = (value: unknown) => (value === null || value === undefined ? null : Number(value))
const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

const toRecord = (row: Row): EventRecord => ({
  id: Number(row.id),
  capacity: Number(row.capacity),
  city: String(row.city ?? ''),
  country: String(row.country ?? ''),
  currency: String(row.currency),
  earlyBirdDeadline: iso(row.early_bird_deadline),
  earlyBirdPrice: num(row.early_bird_price),
  endsAt: iso(row.ends_at),
  groupDiscountPercent: num(row.group_discount_percent),
  groupMinimum: num(row.group_minimum),
  holdMinutes: Number(row.hold_minutes),
  maxPerBooking: Number(row.max_per_booking),
  regularPrice: Number(row.regular_price),
  salesCloseAt: iso(row.sales_close_at),
  salesOpenAt: iso(row.sales_open_at),
  seatsAvailable: Math.max(0, Number(row.seats_available)),
  slug: String(row.slug),
  startsAt: iso(row.starts_at) as string,
  status: row.status as EventStatus,
  timezone: String(row.timezone),
  title: String(row.title ?? ''),
  updatedAt: iso(row.updated_at) as string,
  venueAddress: (row.venue_address as null | string) ?? null,
  venueName: (row.venue_name as null | string) ?? null,
})

/** Events with their texts in `locale` (falling back to `fallbackLocale`; db/events/eventTexts) and live seats. One query. */
export const findEvents = async (
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  where: SQL,
  { fallbackLocale, locale }: { fallbackLocale: string; locale: string },
): Promise<EventRecord[]> => {
  const texts = eventTexts(req.payload).sql({ fallbackLocale, locale })
  const rows = await query<Row>(
    req,
    sql`SELECT e.*, ${texts.title} AS title, ${texts.city} AS city, ${liveAvailable} AS seats_available
        FROM city_events e${texts.joins}
        WHERE ${where}
        ORDER BY e.starts_at`,
  )
  return rows.map(toRecord)
}

/** The events on sale or sold out that have not started yet (the public list). */
export const findUpcomingEvents = (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, locales: { fallbackLocale: string; locale: string }) =>
  findEvents(req, sql`e.status IN ('PUBLISHED', 'SOLD_OUT') AND e.starts_at > now()`, locales)

/** One event by Payload id (digits only) or slug; null, without a query, when no event can have that name. */
export const findEvent = async (
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  idOrSlug: number | string,
  locales: { fallbackLocale: string; locale: string },
): Promise<EventRecord | null> => {
  const key = parseEventKey(idOrSlug)
  if (!key) return null
  const where = 'id' in key ? sql`e.id = ${key.id}` : sql`e.slug = ${key.slug}`
  const [event] = await findEvents(req, where, locales)
  return event ?? null
}
