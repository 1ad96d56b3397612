import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/** Whether this booking is part of an event cancellation, and whether its part is done. */
export const cancellationItemState = async (req: Req, bookingId: number): Promise<'done' | 'queued' | null> => {
  const [row] = await query<{ state: 'done' | 'queued' }>(req, sql`SELECT state FROM ticketing_event_cancellations WHERE booking_id = ${bookingId}`)
  return row?.state ?? null
}

/**
 * Marks a booking's part of its event cancellation done, in one conditional UPDATE: true for
 * the one call that did it (which then queues the buyer's email), false for any repeat.
 */
export const finishCancellationItem = async (req: Req, bookingId: number, outcome: string, refunded: number): Promise<boolean> => {
  const rows = await query(
    req,
    sql`UPDATE ticketing_event_cancellations SET state = 'done', outcome = ${outcome}, refunded = ${refunded}, updated_at = now()
        WHERE booking_id = ${bookingId} AND state = 'queued' RETURNING booking_id`,
  )
  return rows.length > 0
}
