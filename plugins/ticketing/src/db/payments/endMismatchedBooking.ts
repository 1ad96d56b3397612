import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'
import { soldOutStatus } from '../seats/soldOutStatus'

/**
 * Ends a booking whose payment did not match it: CANCELLED / REFUNDED (the payment is being
 * refunded in full), and a hold still PENDING gives its seats back — one statement. Only a
 * booking not confirmed and not yet ended this way is touched, so a duplicate or late event
 * finds nothing to do. True when this call ended it.
 */
export const endMismatchedBooking = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, bookingId: number): Promise<boolean> => {
  const rows = await query(
    req,
    sql`WITH before AS (
          SELECT id, status FROM bookings WHERE id = ${bookingId}
        ), ended AS (
          UPDATE bookings b SET status = 'CANCELLED', payment_status = 'REFUNDED', cancelled_at = coalesce(b.cancelled_at, now()), updated_at = now()
          FROM before
          WHERE b.id = before.id AND b.status IN ('PENDING', 'EXPIRED', 'CANCELLED') AND b.payment_status <> 'REFUNDED'
          RETURNING b.city_event_id, b.quantity, before.status AS was
        ), released AS (
          UPDATE city_events e SET seats_held = e.seats_held - ended.quantity,
            status = ${soldOutStatus(sql`-ended.quantity`)}
          FROM ended WHERE e.id = ended.city_event_id AND ended.was = 'PENDING'
        )
        SELECT 1 FROM ended`,
  )
  return rows.length > 0
}
