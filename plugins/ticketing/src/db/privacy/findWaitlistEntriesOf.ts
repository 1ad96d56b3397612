import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

/** The waiting-list entries of an address (compared lower-case, as stored), oldest first, without their token nonce. */
export const findWaitlistEntriesOf = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, email: string) => {
  const rows = await query<Record<string, unknown>>(
    req,
    sql`SELECT id, city_event_id, name, email, quantity, accept_partial, locale, status::text AS status, offered_quantity, offer_expires_at, booking_reference, created_at
        FROM waitlist_entries WHERE lower(email) = ${email.trim().toLowerCase()} ORDER BY created_at, id`,
  )
  const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)
  return rows.map((r) => ({
    acceptPartial: Boolean(r.accept_partial),
    bookingReference: (r.booking_reference as null | string) ?? null,
    createdAt: iso(r.created_at),
    email: String(r.email),
    eventId: Number(r.city_event_id),
    locale: (r.locale as null | string) ?? null,
    name: String(r.name),
    offerExpiresAt: iso(r.offer_expires_at),
    offeredQuantity: r.offered_quantity === null ? null : Number(r.offered_quantity),
    quantity: Number(r.quantity),
    status: String(r.status),
  }))
}
