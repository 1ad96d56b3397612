import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { PaymentIntentState } from '../../payments/types'
import { type BookingRecord, toBookingRecord } from '../bookings/findBookingByReference'
import { query } from '../core/query'

/**
 * The booking a PaymentIntent pays for (its `bookingId` metadata, else the stored
 * payment_intent_id), locked for the rest of the transaction so that concurrent events for
 * the same booking apply one after the other.
 */
export const findBookingForIntent = async (
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  intent: Pick<PaymentIntentState, 'id' | 'metadata'>,
): Promise<BookingRecord | null> => {
  const bookingId = Number(intent.metadata.bookingId)
  const where = Number.isSafeInteger(bookingId) && bookingId > 0 ? sql`id = ${bookingId}` : sql`payment_intent_id = ${intent.id}`
  const [row] = await query<Record<string, unknown>>(req, sql`SELECT * FROM bookings WHERE ${where} FOR UPDATE`)
  return row ? toBookingRecord(row) : null
}
