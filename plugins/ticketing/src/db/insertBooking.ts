import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { Quote } from '../domain/pricing/types'
import { query } from './query'
import { takeSeatsStatement } from './takeSeatsStatement'

export type NewBooking = {
  accessTokenHash: string
  attendees: { email: null | string; name: string; position: number; ticketCode: null | string }[]
  buyer: { email: string; name: string; phone: null | string }
  eventId: number
  /** The event version (its updated_at) the price was computed from. */
  eventVersion: string
  expiresAt: Date
  locale: string
  quote: Quote
  reference: string
}

export type InsertedBooking = { createdAt: string; id: number; seatsAvailable: number }

/**
 * Holds the seats and writes the booking and its attendees in ONE statement (so one
 * transaction and one round trip): the seat-taking statement (db/takeSeatsStatement) takes
 * the seats only while enough are left AND the event is still the version the price was
 * computed from (an edit in between makes it fail, never charge an old price), and the
 * inserts happen only if it did. Returns null otherwise. A free booking takes its seats as
 * confirmed at once.
 */
export const insertBooking = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, booking: NewBooking): Promise<InsertedBooking | null> => {
  const { quote: q } = booking
  const free = q.total === 0
  const rows = await query<{ created_at: Date; id: number; seats_available: number }>(
    req,
    sql`WITH seats AS (
          ${takeSeatsStatement({ as: free ? 'confirmed' : 'held', eventId: booking.eventId, quantity: q.quantity, version: booking.eventVersion })}
        ), booking AS (
          INSERT INTO bookings (reference, city_event_id, status, payment_status, ticket_type, quantity, currency,
            unit_price, subtotal, discount, total, amount_refunded, buyer_name, buyer_email, buyer_phone, locale,
            expires_at, confirmed_at, access_token_hash)
          SELECT ${booking.reference}, seats.id,
            ${free ? 'CONFIRMED' : 'PENDING'}::enum_bookings_status, ${free ? 'PAID' : 'PENDING'}::enum_bookings_payment_status,
            ${q.ticketType}::enum_bookings_ticket_type, ${q.quantity}, ${q.currency}, ${q.unitPrice}, ${q.subtotal},
            ${q.discount}, ${q.total}, 0, ${booking.buyer.name}, ${booking.buyer.email}, ${booking.buyer.phone},
            ${booking.locale}::enum_bookings_locale, ${booking.expiresAt.toISOString()}::timestamptz,
            ${free ? sql`now()` : sql`NULL`}, ${booking.accessTokenHash}
          FROM seats
          RETURNING id, created_at
        ), attendees AS (
          INSERT INTO attendees (booking_id, city_event_id, name, email, position, ticket_code)
          SELECT booking.id, ${booking.eventId}, a.name, a.email, a.position, a.ticket_code
          FROM booking, jsonb_to_recordset(${JSON.stringify(booking.attendees.map((a) => ({ email: a.email, name: a.name, position: a.position, ticket_code: a.ticketCode })))}::jsonb)
            AS a(name text, email text, position int, ticket_code text)
        )
        SELECT booking.id, booking.created_at, seats.seats_available FROM booking, seats`,
  )
  const [row] = rows
  if (!row) return null
  return { createdAt: new Date(row.created_at).toISOString(), id: Number(row.id), seatsAvailable: Number(row.seats_available) }
}
