import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

export type AttendeeRecord = { email: null | string; name: string; ticketCode: null | string }

/** A booking's attendees in seat order. */
export const findAttendees = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, bookingId: number): Promise<AttendeeRecord[]> => {
  const rows = await query<{ email: null | string; name: string; ticket_code: null | string }>(
    req,
    sql`SELECT name, email, ticket_code FROM attendees WHERE booking_id = ${bookingId} ORDER BY position`,
  )
  return rows.map((row) => ({ email: row.email, name: row.name, ticketCode: row.ticket_code }))
}
