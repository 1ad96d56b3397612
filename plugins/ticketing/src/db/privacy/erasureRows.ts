import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { ERASED, ERASED_EMAIL } from '../../domain/privacy/erasureMarkers'
import { inList } from '../core/inList'
import { query } from '../core/query'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>
const ids = (values: readonly number[]) => inList(values.map(String))

/**
 * Locks and lists the attendees to erase: every attendee of `bookingIds`, and those elsewhere
 * whose email is `email` (ignoring case). With their emails, so that free text naming them
 * can be cleaned too.
 */
export const lockErasureAttendees = async (req: Req, bookingIds: readonly number[], email: null | string) => {
  const inBookings = bookingIds.length ? sql`booking_id IN ${ids(bookingIds)}` : sql`false`
  const withEmail = email ? sql`lower(email) = lower(${email})` : sql`false`
  const rows = await query<{ email: null | string; id: number }>(req, sql`SELECT id, email FROM attendees WHERE ${inBookings} OR ${withEmail} ORDER BY id FOR UPDATE`)
  return rows.map((row) => ({ email: row.email, id: Number(row.id) }))
}

/** The buyer emails of bookings, as stored (with their case). */
export const buyerEmails = async (req: Req, bookingIds: readonly number[]): Promise<string[]> => {
  if (!bookingIds.length) return []
  const rows = await query<{ buyer_email: string }>(req, sql`SELECT DISTINCT buyer_email FROM bookings WHERE id IN ${ids(bookingIds)}`)
  return rows.map((row) => row.buyer_email)
}

/**
 * Replaces the buyer's name, email and phone and the internal notes of bookings by markers,
 * and drops their access token: from now on neither the token nor an emailed view token opens
 * them (erased_at). Amounts, references, dates and Stripe ids stay. Returns how many.
 */
export const eraseBookingRows = async (req: Req, bookingIds: readonly number[]): Promise<number> => {
  if (!bookingIds.length) return 0
  const rows = await query(
    req,
    sql`UPDATE bookings SET buyer_name = ${ERASED}, buyer_email = ${ERASED_EMAIL}, buyer_phone = NULL,
               notes = CASE WHEN notes IS NULL OR notes = '' THEN notes ELSE ${ERASED} END,
               access_token_hash = NULL, erased_at = now(), updated_at = now()
        WHERE id IN ${ids(bookingIds)} RETURNING 1`,
  )
  return rows.length
}

/** Replaces attendees' names by the marker and removes their emails (ticket codes stay: they are references). */
export const eraseAttendeeRows = async (req: Req, attendeeIds: readonly number[]): Promise<number> => {
  if (!attendeeIds.length) return 0
  const rows = await query(req, sql`UPDATE attendees SET name = ${ERASED}, email = NULL, updated_at = now() WHERE id IN ${ids(attendeeIds)} RETURNING 1`)
  return rows.length
}

/**
 * Stripe customers of erased bookings that no booking with personal data still uses (one
 * customer serves every booking of an address): those can be deleted at the provider.
 */
export const orphanedCustomers = async (req: Req, bookingIds: readonly number[]): Promise<string[]> => {
  if (!bookingIds.length) return []
  const rows = await query<{ id: string }>(
    req,
    sql`SELECT DISTINCT b.stripe_customer_id AS id FROM bookings b
        WHERE b.id IN ${ids(bookingIds)} AND b.stripe_customer_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM bookings o WHERE o.stripe_customer_id = b.stripe_customer_id AND o.erased_at IS NULL)`,
  )
  return rows.map((row) => row.id)
}
