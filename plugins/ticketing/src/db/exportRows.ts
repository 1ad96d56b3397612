import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from './query'

export type ExportFilters = { eventId?: number; from?: string; status?: string; to?: string }

/**
 * One page of bookings for the CSV export, by id (keyset pagination keeps memory flat for
 * any number of rows), with the event's title and city and the attendee names in order.
 */
export const exportRows = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, filters: ExportFilters, afterId: number, limit: number, locale: string) => {
  const where: SQL[] = [sql`b.id > ${afterId}`]
  if (filters.eventId) where.push(sql`b.city_event_id = ${filters.eventId}`)
  if (filters.status) where.push(sql`b.status = ${filters.status}::enum_bookings_status`)
  if (filters.from) where.push(sql`b.created_at >= ${filters.from}::timestamptz`)
  if (filters.to) where.push(sql`b.created_at < ${filters.to}::timestamptz`)
  return query<Record<string, unknown>>(
    req,
    sql`SELECT b.*, l.title AS event_title, l.city AS event_city, e.starts_at AS event_starts_at,
          (SELECT string_agg(a.name, '; ' ORDER BY a.position) FROM attendees a WHERE a.booking_id = b.id) AS attendee_names
        FROM bookings b
        JOIN city_events e ON e.id = b.city_event_id
        LEFT JOIN city_events_locales l ON l._parent_id = e.id AND l._locale = ${locale}
        WHERE ${sql.join(where, sql` AND `)}
        ORDER BY b.id LIMIT ${limit}`,
  )
}
