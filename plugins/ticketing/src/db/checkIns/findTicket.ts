import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

export type TicketRecord = {
  attendee: { id: number; name: string; position: number; ticketCode: null | string }
  booking: { id: number; paymentStatus: string; quantity: number; reference: string; status: string }
  eventId: number
}

/**
 * The ticket a scanned or typed code stands for: a QR secret (exact, case-sensitive), or a
 * ticket code typed by hand (upper-cased, spaces dropped, the dash optional). Both columns are
 * unique, so at most one attendee matches.
 */
export const findTicket = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, code: string): Promise<null | TicketRecord> => {
  const typed = code.toUpperCase().replace(/\s+/g, '')
  const ticketCode = /^[A-Z0-9]{10}$/.test(typed) ? `${typed.slice(0, 5)}-${typed.slice(5)}` : typed
  const [row] = await query<Record<string, unknown>>(
    req,
    sql`SELECT a.id, a.name, a.position, a.ticket_code, a.city_event_id, b.id AS booking_id, b.reference, b.quantity, b.status, b.payment_status
        FROM attendees a JOIN bookings b ON b.id = a.booking_id
        WHERE a.qr_secret = ${code} OR a.ticket_code = ${ticketCode}
        LIMIT 1`,
  )
  if (!row) return null
  return {
    attendee: { id: Number(row.id), name: String(row.name), position: Number(row.position), ticketCode: (row.ticket_code as null | string) ?? null },
    booking: { id: Number(row.booking_id), paymentStatus: String(row.payment_status), quantity: Number(row.quantity), reference: String(row.reference), status: String(row.status) },
    eventId: Number(row.city_event_id),
  }
}
