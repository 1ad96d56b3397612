import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { paysForBooking } from '../../domain/paysForBooking'
import type { PaymentIntentState } from '../../payments/types'
import { type BookingRecord, toBookingRecord } from '../bookings/findBookingByReference'
import { query } from '../core/query'

type IntentLookup = Pick<PaymentIntentState, 'id' | 'metadata'> & Partial<Pick<PaymentIntentState, 'amount' | 'currency'>>

/**
 * The booking a PaymentIntent pays for, locked for the rest of the transaction so that
 * concurrent events for the same booking apply one after the other: the booking that stored
 * this PaymentIntent's id; else, only when the intent's `bookingId` metadata names a booking
 * that never stored one, that booking if the amount and currency are its own
 * (domain/paysForBooking). A payment of another system carrying a `bookingId` finds nothing.
 */
export const findBookingForIntent = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, intent: IntentLookup): Promise<BookingRecord | null> => {
  const [stored] = await query<Record<string, unknown>>(req, sql`SELECT * FROM bookings WHERE payment_intent_id = ${intent.id} FOR UPDATE`)
  if (stored) return toBookingRecord(stored)
  const bookingId = Number(intent.metadata.bookingId)
  if (!Number.isSafeInteger(bookingId) || bookingId <= 0 || intent.amount === undefined || intent.currency === undefined) return null
  const [row] = await query<Record<string, unknown>>(req, sql`SELECT * FROM bookings WHERE id = ${bookingId} AND payment_intent_id IS NULL FOR UPDATE`)
  if (!row) return null
  const booking = toBookingRecord(row)
  return paysForBooking(booking, { amount: intent.amount, currency: intent.currency, id: intent.id }) ? booking : null
}
