import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

export type BuyerBooking = { id: number; eventEnded: boolean; reference: string; status: string }

/**
 * The bookings whose buyer has `email` (compared ignoring case) and whose personal data is
 * still there, oldest first; `forUpdate` locks them for the rest of the transaction, so no
 * payment or staff edit changes them while they are erased.
 */
export const findBuyerBookings = async (req: Req, email: string, { forUpdate = false } = {}): Promise<BuyerBooking[]> => {
  const rows = await query<{ event_ended: boolean; id: number; reference: string; status: string }>(
    req,
    sql`SELECT b.id, b.reference, b.status, coalesce(e.ends_at, e.starts_at) <= now() AS event_ended
        FROM bookings b JOIN city_events e ON e.id = b.city_event_id
        WHERE lower(b.buyer_email) = lower(${email}) AND b.erased_at IS NULL
        ORDER BY b.id ${forUpdate ? sql`FOR UPDATE OF b` : sql``}`,
  )
  return rows.map((row) => ({ id: Number(row.id), eventEnded: Boolean(row.event_ended), reference: row.reference, status: row.status }))
}
