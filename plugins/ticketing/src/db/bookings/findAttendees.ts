import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

export type AttendeeRecord = { email: null | string; id: number; name: string; position: number; qrSecret: null | string; ticketCode: null | string }

/** A booking's attendees in seat order. */
export const findAttendees = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, bookingId: number): Promise<AttendeeRecord[]> => {
  const rows = await query<{ email: null | string; id: number | string; name: string; position: number; qr_secret: null | string; ticket_code: null | string }>(
    req,
    sql`SELECT id, name, email, position, ticket_code, qr_secret FROM attendees WHERE booking_id = ${bookingId} ORDER BY position`,
  )
  return rows.map((row) => ({ email: row.email, id: Number(row.id), name: row.name, position: row.position, qrSecret: row.qr_secret, ticketCode: row.ticket_code }))
}
