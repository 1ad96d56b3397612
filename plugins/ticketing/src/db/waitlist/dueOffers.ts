import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'
import { holdMayExpire } from '../seats/holdMayExpire'

/**
 * What the offer job has to do: offers whose time is up, and events where someone waits while
 * seats are free (after holds that may expire are counted free), so seats come back to the list
 * within a minute, whichever way they came back.
 */
export const dueOffers = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>): Promise<{ eventIds: number[]; expiredOffers: number[] }> => {
  const expired = await query<{ id: number }>(req, sql`SELECT id FROM waitlist_entries WHERE status = 'OFFERED' AND offer_expires_at <= now() ORDER BY id LIMIT 500`)
  const events = await query<{ id: number }>(
    req,
    sql`SELECT e.id FROM city_events e
        WHERE e.status IN ('PUBLISHED', 'SOLD_OUT') AND EXISTS (SELECT 1 FROM waitlist_entries w WHERE w.city_event_id = e.id AND w.status = 'WAITING')
          AND e.capacity - e.seats_confirmed - e.seats_held - e.seats_offered + coalesce((
            SELECT sum(b.quantity) FROM bookings b WHERE b.city_event_id = e.id AND ${holdMayExpire('b')}), 0) > 0
        ORDER BY e.id LIMIT 500`,
  )
  return { eventIds: events.map((r) => Number(r.id)), expiredOffers: expired.map((r) => Number(r.id)) }
}
