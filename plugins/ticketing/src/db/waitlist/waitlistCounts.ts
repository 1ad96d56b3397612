import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

export type WaitlistCounts = { booked: number; entriesWaiting: number; eventId: number; offered: number; title: string; waiting: number }

/** Per event with a waiting list: seats waited for, seats offered now, entries waiting, entries that booked. */
export const waitlistCounts = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, locale: string): Promise<WaitlistCounts[]> => {
  const rows = await query<Record<string, unknown>>(
    req,
    sql`SELECT e.id, coalesce((SELECT l.title FROM city_events_locales l WHERE l._parent_id = e.id AND l._locale = ${locale}), e.slug) AS title,
          e.seats_waiting, e.seats_offered,
          count(*) FILTER (WHERE w.status = 'WAITING') AS entries_waiting,
          count(*) FILTER (WHERE w.status = 'BOOKED') AS booked
        FROM city_events e JOIN waitlist_entries w ON w.city_event_id = e.id
        GROUP BY e.id ORDER BY e.starts_at`,
  )
  return rows.map((r) => ({
    booked: Number(r.booked),
    entriesWaiting: Number(r.entries_waiting),
    eventId: Number(r.id),
    offered: Number(r.seats_offered),
    title: String(r.title),
    waiting: Number(r.seats_waiting),
  }))
}
