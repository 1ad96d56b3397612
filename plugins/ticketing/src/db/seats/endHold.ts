import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { holdMayExpire } from './holdMayExpire'
import { query } from '../core/query'
import { soldOutStatus } from './soldOutStatus'

/**
 * Ends a PENDING hold as CANCELLED or EXPIRED and gives its seats back, in one statement.
 * Only a hold still PENDING and not being paid is touched (an EXPIRED end also requires its
 * time to be up), so racing with a payment, another cancel or the job is safe: exactly one
 * of them wins and the seats return once. Returns whether this call ended it.
 */
export const endHold = async (
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  bookingId: number,
  to: 'CANCELLED' | 'EXPIRED',
): Promise<boolean> => {
  const rows = await query(
    req,
    sql`WITH ended AS (
          UPDATE bookings SET status = ${to}::enum_bookings_status, updated_at = now(),
            cancelled_at = ${to === 'CANCELLED' ? sql`now()` : sql`cancelled_at`}
          WHERE id = ${bookingId} AND ${to === 'EXPIRED' ? holdMayExpire() : sql`status = 'PENDING' AND payment_status NOT IN ('PROCESSING', 'PAID')`}
          RETURNING city_event_id, quantity
        ), released AS (
          UPDATE city_events e SET seats_held = e.seats_held - ended.quantity,
            status = ${soldOutStatus(sql`-ended.quantity`)}
          FROM ended WHERE e.id = ended.city_event_id
        )
        SELECT 1 FROM ended`,
  )
  return rows.length > 0
}
