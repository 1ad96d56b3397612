import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

export type NewCertificate = {
  attendeeId: number
  bookingId: number
  eventId: number
  /** The certificate as printed, but for its number (filled in here from the counter). */
  frozen: (number: string) => Record<string, unknown>
  issuedAt: Date
  numberOf: (sequence: number) => string
  seriesKey: string
  verificationCode: string
  year: number
}

/**
 * Takes the next number of the series and year and inserts the certificate, in the caller's
 * transaction: the counter row stays locked until it commits (two issuers wait for each other),
 * and a rollback gives the number back. Returns null, having taken nothing, when the attendee
 * already has a certificate — the caller must then roll back (the counter moved).
 */
export const insertCertificate = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, entry: NewCertificate): Promise<null | { id: number; number: string }> => {
  const [counter] = await query<{ last_number: number }>(
    req,
    sql`INSERT INTO ticketing_certificate_counters (series_key, year, last_number) VALUES (${entry.seriesKey}, ${entry.year}, 1)
        ON CONFLICT (series_key, year) DO UPDATE SET last_number = ticketing_certificate_counters.last_number + 1
        RETURNING last_number`,
  )
  const sequence = Number(counter!.last_number)
  const number = entry.numberOf(sequence)
  const [row] = await query<{ id: number | string }>(
    req,
    sql`INSERT INTO certificates (number, series_key, year, sequence, attendee_id, booking_id, city_event_id, status, issued_at, verification_code, frozen, created_at, updated_at)
        VALUES (${number}, ${entry.seriesKey}, ${entry.year}, ${sequence}, ${entry.attendeeId}, ${entry.bookingId}, ${entry.eventId}, 'VALID',
          ${entry.issuedAt.toISOString()}, ${entry.verificationCode}, ${JSON.stringify(entry.frozen(number))}::jsonb, now(), now())
        ON CONFLICT (attendee_id) DO NOTHING
        RETURNING id`,
  )
  return row ? { id: Number(row.id), number } : null
}
