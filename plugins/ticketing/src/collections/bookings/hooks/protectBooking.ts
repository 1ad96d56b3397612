import type { CollectionBeforeChangeHook } from 'payload'

import { SYSTEM_WRITE } from '../../../constants'
import { lockBookingColumns } from '../../../db/bookings/lockBookingColumns'

/** Columns that only the booking flow, webhooks and staff actions may change. */
const PROTECTED = {
  access_token_hash: 'accessTokenHash',
  amount_refunded: 'amountRefunded',
  cancelled_at: 'cancelledAt',
  city_event_id: 'cityEvent',
  confirmed_at: 'confirmedAt',
  currency: 'currency',
  discount: 'discount',
  erased_at: 'erasedAt',
  expires_at: 'expiresAt',
  payment_intent_id: 'paymentIntentId',
  payment_status: 'paymentStatus',
  quantity: 'quantity',
  reference: 'reference',
  status: 'status',
  stripe_customer_id: 'stripeCustomerId',
  subtotal: 'subtotal',
  ticket_type: 'ticketType',
  total: 'total',
  unit_price: 'unitPrice',
} as const

// Payload stores numbers as `numeric`, which node-postgres returns as strings.
const NUMERIC = new Set(['amount_refunded', 'city_event_id', 'discount', 'quantity', 'subtotal', 'total', 'unit_price'])

/**
 * On update, locks the booking row and copies every protected value from the database into
 * the write. An edit in the admin (say, of the internal notes) can then neither change a
 * price or status nor undo a webhook that committed a moment earlier.
 */
export const protectBooking: CollectionBeforeChangeHook = async ({ context, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || context[SYSTEM_WRITE] || !originalDoc?.id) return data
  const row = await lockBookingColumns(req, originalDoc.id, Object.keys(PROTECTED))
  if (!row) return data
  const fresh: Record<string, unknown> = {}
  for (const [column, field] of Object.entries(PROTECTED)) {
    const value = row[column]
    fresh[field] = value instanceof Date ? value.toISOString() : NUMERIC.has(column) && value !== null ? Number(value) : value
  }
  return { ...data, ...fresh }
}
