import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

export type BookingRecord = {
  id: number
  accessTokenHash: null | string
  amountRefunded: number
  buyer: { email: string; name: string; phone: null | string }
  cancelledAt: null | string
  confirmedAt: null | string
  createdAt: string
  currency: string
  discount: number
  /** When the buyer's personal data was erased; its tokens open nothing from then on. */
  erasedAt: null | string
  eventId: number
  expiresAt: null | string
  locale: string
  paymentIntentId: null | string
  paymentStatus: string
  /** The promo code applied, or null; what it took off. */
  promoCode: null | string
  promoDiscount: number
  quantity: number
  reference: string
  status: string
  subtotal: number
  ticketType: string
  total: number
  unitPrice: number
}

type Row = Record<string, unknown>
const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

export const toBookingRecord = (row: Row): BookingRecord => ({
  id: Number(row.id),
  accessTokenHash: (row.access_token_hash as null | string) ?? null,
  amountRefunded: Number(row.amount_refunded ?? 0),
  buyer: { email: String(row.buyer_email), name: String(row.buyer_name), phone: (row.buyer_phone as null | string) ?? null },
  cancelledAt: iso(row.cancelled_at),
  confirmedAt: iso(row.confirmed_at),
  createdAt: iso(row.created_at) as string,
  currency: String(row.currency),
  discount: Number(row.discount),
  erasedAt: iso(row.erased_at),
  eventId: Number(row.city_event_id),
  expiresAt: iso(row.expires_at),
  locale: String(row.locale ?? 'fr'),
  paymentIntentId: (row.payment_intent_id as null | string) ?? null,
  paymentStatus: String(row.payment_status),
  promoCode: (row.promo_code as null | string) ?? null,
  promoDiscount: Number(row.promo_discount ?? 0),
  quantity: Number(row.quantity),
  reference: String(row.reference),
  status: String(row.status),
  subtotal: Number(row.subtotal),
  ticketType: String(row.ticket_type),
  total: Number(row.total),
  unitPrice: Number(row.unit_price),
})

/** A booking by its (normalised) reference; `forUpdate` locks the row for the transaction. */
export const findBookingByReference = async (
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  reference: string,
  { forUpdate = false } = {},
): Promise<BookingRecord | null> => {
  const [row] = await query<Row>(req, sql`SELECT * FROM bookings WHERE reference = ${reference} ${forUpdate ? sql`FOR UPDATE` : sql``}`)
  return row ? toBookingRecord(row) : null
}
