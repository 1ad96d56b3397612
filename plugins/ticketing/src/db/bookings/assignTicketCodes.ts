import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { generateTicketCode } from '../../domain/reference/generateTicketCode'
import { generateTicketSecret } from '../../domain/reference/generateTicketSecret'
import { query } from '../core/query'

/**
 * Gives every attendee of a confirmed booking its ticket code and QR secret (once; existing
 * ones stay: attendees get their secret when the booking is made).
 */
export const assignTicketCodes = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, bookingId: number, quantity: number) => {
  const codes = Array.from({ length: quantity }, (_, i) => ({ code: generateTicketCode(), position: i + 1, secret: generateTicketSecret() }))
  await query(
    req,
    sql`UPDATE attendees a SET ticket_code = COALESCE(a.ticket_code, c.code), qr_secret = COALESCE(a.qr_secret, c.secret), updated_at = now()
        FROM jsonb_to_recordset(${JSON.stringify(codes)}::jsonb) AS c(position int, code text, secret text)
        WHERE a.booking_id = ${bookingId} AND a.position = c.position AND (a.ticket_code IS NULL OR a.qr_secret IS NULL)`,
  )
}
