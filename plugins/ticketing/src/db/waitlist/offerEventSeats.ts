import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { planOffers } from '../../domain/waitlist/planOffers'
import { query } from '../core/query'
import { soldOutStatus } from '../seats/soldOutStatus'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/**
 * Offers an event's free seats to its waiting list, in queue order (domain/waitlist/planOffers),
 * inside the caller's transaction: the event row is locked first (holds and other offers wait),
 * so the seats counted free are free; each offered entry becomes OFFERED until `expiresAt` and
 * the event moves their seats from `seats_waiting` to `seats_offered` (the seat CHECK counts
 * them). Holds whose time is up must have been expired before. Returns the entries offered.
 */
export const offerEventSeats = async (req: Req, eventId: number, expiresAt: Date): Promise<{ id: number; seats: number }[]> => {
  const [event] = await query<{ free: number | string }>(
    req,
    sql`SELECT capacity - seats_confirmed - seats_held - seats_offered AS free FROM city_events WHERE id = ${eventId} AND status IN ('PUBLISHED', 'SOLD_OUT') FOR UPDATE`,
  )
  if (!event || Number(event.free) <= 0) return []
  const queue = await query<{ accept_partial: boolean | null; id: number | string; quantity: number | string }>(
    req,
    sql`SELECT id, quantity, accept_partial FROM waitlist_entries WHERE city_event_id = ${eventId} AND status = 'WAITING' ORDER BY created_at, id FOR UPDATE`,
  )
  const offers = planOffers(Number(event.free), queue.map((e) => ({ acceptPartial: Boolean(e.accept_partial), id: Number(e.id), quantity: Number(e.quantity) })))
  if (!offers.length) return []
  const ids = offers.map((o) => o.id)
  const seats = offers.map((o) => o.seats)
  await query(
    req,
    sql`WITH offered AS (
          UPDATE waitlist_entries w SET status = 'OFFERED', offered_quantity = o.seats, offered_at = now(), offer_expires_at = ${expiresAt.toISOString()}::timestamptz, updated_at = now()
          FROM unnest(${`{${ids.join(',')}}`}::int[], ${`{${seats.join(',')}}`}::int[]) AS o(id, seats)
          WHERE w.id = o.id AND w.status = 'WAITING'
          RETURNING w.quantity, o.seats
        )
        UPDATE city_events SET seats_offered = seats_offered + (SELECT sum(seats) FROM offered), seats_waiting = seats_waiting - (SELECT sum(quantity) FROM offered),
          status = ${soldOutStatus(sql`(SELECT sum(seats) - sum(quantity) FROM offered)`)}
        WHERE id = ${eventId}`,
  )
  return offers
}
