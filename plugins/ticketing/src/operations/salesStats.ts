import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { liveAvailable } from '../db/liveAvailable'
import { query } from '../db/query'

type Row = Record<string, null | number | string>
const n = (value: unknown) => Number(value ?? 0)

/**
 * Sales per event (SPEC §8.1 "Stats"): seats, bookings by outcome, conversion (confirmed ÷
 * created) and revenue per currency (gross received, refunded, net). Two grouped queries.
 */
export const salesStats = async (req: PayloadRequest, eventId: null | number, locale: string) => {
  const only: SQL = eventId ? sql`e.id = ${eventId}` : sql`TRUE`
  const events = await query<Row>(
    req,
    sql`SELECT e.id, l.title, e.capacity, e.seats_confirmed, e.seats_held, ${liveAvailable} AS available,
          count(b.id) AS created,
          count(b.id) FILTER (WHERE b.status = 'CONFIRMED') AS confirmed,
          count(b.id) FILTER (WHERE b.status = 'EXPIRED') AS expired,
          count(b.id) FILTER (WHERE b.status = 'CANCELLED') AS cancelled,
          count(b.id) FILTER (WHERE b.status = 'REFUNDED') AS refunded
        FROM city_events e
        LEFT JOIN city_events_locales l ON l._parent_id = e.id AND l._locale = ${locale}
        LEFT JOIN bookings b ON b.city_event_id = e.id
        WHERE ${only}
        GROUP BY e.id, l.title ORDER BY e.starts_at`,
  )
  const revenue = await query<Row>(
    req,
    sql`SELECT b.city_event_id AS event_id, b.currency, sum(b.total) AS gross, sum(b.amount_refunded) AS refunded
        FROM bookings b JOIN city_events e ON e.id = b.city_event_id
        WHERE ${only} AND b.payment_status IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'DISPUTED')
        GROUP BY b.city_event_id, b.currency ORDER BY b.currency`,
  )
  return {
    events: events.map((e) => ({
      bookings: { cancelled: n(e.cancelled), confirmed: n(e.confirmed), created: n(e.created), expired: n(e.expired), refunded: n(e.refunded) },
      capacity: n(e.capacity),
      conversion: n(e.created) ? n(e.confirmed) / n(e.created) : 0,
      eventId: n(e.id),
      revenue: revenue
        .filter((r) => n(r.event_id) === n(e.id))
        .map((r) => ({ currency: String(r.currency), gross: n(r.gross), net: n(r.gross) - n(r.refunded), refunded: n(r.refunded) })),
      seatsAvailable: Math.max(0, n(e.available)),
      seatsConfirmed: n(e.seats_confirmed),
      seatsHeld: n(e.seats_held),
      title: String(e.title ?? ''),
    })),
  }
}
