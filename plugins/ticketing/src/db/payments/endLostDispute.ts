import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/**
 * A lost dispute ends the booking: REFUNDED / REFUNDED (the money went back to the
 * cardholder), in one conditional UPDATE that only a booking not yet ended passes, so a
 * duplicate or late event finds nothing to do. True when this call ended it.
 */
export const endLostDispute = async (req: Req, bookingId: number): Promise<boolean> => {
  const rows = await query(
    req,
    sql`UPDATE bookings SET payment_status = 'REFUNDED', status = 'REFUNDED', cancelled_at = coalesce(cancelled_at, now()), updated_at = now()
        WHERE id = ${bookingId} AND payment_status IN ('PAID', 'PARTIALLY_REFUNDED', 'DISPUTED')
        RETURNING id`,
  )
  return rows.length > 0
}
