import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { type BookingRecord, toBookingRecord } from '../bookings/findBookingByReference'
import { query } from '../core/query'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

export type PersonalBooking = BookingRecord & { notes: null | string; stripeCustomerId: null | string }
export type PersonalAttendee = { bookingId: number; bookingReference: string; email: null | string; eventId: number; name: string; position: number; ticketCode: null | string }

/** Every booking whose buyer has `email` (ignoring case), oldest first, with what the booking record leaves out. */
export const findBookingsOfBuyer = async (req: Req, email: string): Promise<PersonalBooking[]> => {
  const rows = await query<Record<string, unknown>>(req, sql`SELECT * FROM bookings WHERE lower(buyer_email) = lower(${email}) ORDER BY id`)
  return rows.map((row) => ({ ...toBookingRecord(row), notes: (row.notes as null | string) ?? null, stripeCustomerId: (row.stripe_customer_id as null | string) ?? null }))
}

/** Every attendee record of a booking: the seats of `bookingIds`, or (no ids) the attendees elsewhere who have `email`. */
export const findAttendeeRecords = async (req: Req, where: { bookingIds: number[] } | { email: string }): Promise<PersonalAttendee[]> => {
  const condition = 'email' in where ? sql`lower(a.email) = lower(${where.email})` : where.bookingIds.length ? sql`a.booking_id IN (${sql.join(where.bookingIds.map((id) => sql`${id}`), sql`, `)})` : sql`false`
  const rows = await query<Record<string, unknown>>(
    req,
    sql`SELECT a.booking_id, b.reference, a.city_event_id, a.name, a.email, a.position, a.ticket_code
        FROM attendees a JOIN bookings b ON b.id = a.booking_id WHERE ${condition} ORDER BY a.booking_id, a.position`,
  )
  return rows.map((row) => ({
    bookingId: Number(row.booking_id),
    bookingReference: String(row.reference),
    email: (row.email as null | string) ?? null,
    eventId: Number(row.city_event_id),
    name: String(row.name),
    position: Number(row.position),
    ticketCode: (row.ticket_code as null | string) ?? null,
  }))
}
