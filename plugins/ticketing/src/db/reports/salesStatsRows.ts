import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { eventTexts } from '../events/eventTexts'
import { liveAvailable } from '../seats/liveAvailable'
import { query } from '../core/query'

type Row = Record<string, null | number | string>

/**
 * The figures behind the sales stats, in two grouped queries: per event its seats (live) and
 * bookings by outcome (its title in `locale`, else `fallbackLocale`: db/events/eventTexts), and per event and currency the money
 * of paid bookings.
 */
export const salesStatsRows = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, eventId: null | number, locale: string, fallbackLocale?: string) => {
  const only: SQL = eventId ? sql`e.id = ${eventId}` : sql`TRUE`
  const { joins, title } = eventTexts(req.payload).sql({ fallbackLocale: fallbackLocale === locale ? undefined : fallbackLocale, locale })
  const events = await query<Row>(
    req,
    sql`SELECT e.id, ${title} AS title, e.capacity, e.seats_confirmed, e.seats_held, ${liveAvailable} AS available,
          count(b.id) AS created,
          count(b.id) FILTER (WHERE b.status = 'CONFIRMED') AS confirmed,
          count(b.id) FILTER (WHERE b.status = 'EXPIRED') AS expired,
          count(b.id) FILTER (WHERE b.status = 'CANCELLED') AS cancelled,
          count(b.id) FILTER (WHERE b.status = 'REFUNDED') AS refunded
        FROM city_events e${joins}
        LEFT JOIN bookings b ON b.city_event_id = e.id
        WHERE ${only}
        GROUP BY e.id, ${title} ORDER BY e.starts_at`,
  )
  const revenue = await query<Row>(
    req,
    sql`SELECT b.city_event_id AS event_id, b.currency, sum(b.total) AS gross, sum(b.amount_refunded) AS refunded
        FROM bookings b JOIN city_events e ON e.id = b.city_event_id
        WHERE ${only} AND b.payment_status IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'DISPUTED')
        GROUP BY b.city_event_id, b.currency ORDER BY b.currency`,
  )
  return { events, revenue }
}
