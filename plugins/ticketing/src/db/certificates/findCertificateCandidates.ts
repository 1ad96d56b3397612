import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

export type CertificateCandidate = {
  attendeeId: number
  attendeeName: string
  bookingId: number
  checkedInDays: string[]
  /** The booking's language (its certificate's). */
  locale: string
}

/** The attendees of an event's confirmed bookings that have no certificate yet, with their check-in days (or one attendee). */
export const findCertificateCandidates = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, eventId: number, attendeeId?: number): Promise<CertificateCandidate[]> => {
  const rows = await query<{ attendee_id: number | string; booking_id: number | string; days: null | string[]; locale: string; name: string }>(
    req,
    sql`SELECT a.id AS attendee_id, a.name, b.id AS booking_id, b.locale,
          (SELECT array_agg(c.day) FROM check_ins c WHERE c.attendee_id = a.id) AS days
        FROM attendees a JOIN bookings b ON b.id = a.booking_id AND b.status = 'CONFIRMED'
        WHERE a.city_event_id = ${eventId} AND NOT EXISTS (SELECT 1 FROM certificates x WHERE x.attendee_id = a.id)
          ${attendeeId === undefined ? sql`` : sql`AND a.id = ${attendeeId}`}
        ORDER BY b.id, a.position`,
  )
  return rows.map((row) => ({ attendeeId: Number(row.attendee_id), attendeeName: row.name, bookingId: Number(row.booking_id), checkedInDays: row.days ?? [], locale: String(row.locale) }))
}
