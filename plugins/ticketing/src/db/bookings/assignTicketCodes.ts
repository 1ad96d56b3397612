import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { generateTicketCode } from '../../domain/reference/generateTicketCode'
import { query } from '../core/query'

/** Gives every attendee of a confirmed booking its ticket code (once; existing codes stay). */
export const assignTicketCodes = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, bookingId: number, quantity: number) => {
  const codes = Array.from({ length: quantity }, (_, i) => ({ code: generateTicketCode(), position: i + 1 }))
  await query(
    req,
    sql`UPDATE attendees a SET ticket_code = c.code, updated_at = now()
        FROM jsonb_to_recordset(${JSON.stringify(codes)}::jsonb) AS c(position int, code text)
        WHERE a.booking_id = ${bookingId} AND a.position = c.position AND a.ticket_code IS NULL`,
  )
}
