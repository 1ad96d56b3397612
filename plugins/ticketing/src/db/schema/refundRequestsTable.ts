import { sql } from '@payloadcms/db-postgres/drizzle'
import { char, check, foreignKey, index, integer, timestamp, unique, uuid, varchar } from '@payloadcms/db-postgres/drizzle/pg-core'

import { findTable } from './findTable'
import { tableBuilder } from './tableBuilder'
import type { SchemaHook } from './types'

/**
 * `ticketing_refund_requests`: staff refund requests. A request is recorded (its amount
 * reserved) under the booking's row lock before Stripe is called and settled with the refund
 * id after, so concurrent refunds never exceed what was paid. `key_hash` is the request's
 * Idempotency-Key (24 h). Constraint names are PostgreSQL's own defaults.
 */
export const refundRequestsTable: SchemaHook = ({ adapter, schema }) => {
  const bookings = findTable(schema, 'bookings')
  schema.tables.ticketing_refund_requests = tableBuilder(adapter)(
    'ticketing_refund_requests',
    {
      id: uuid('id').primaryKey(),
      bookingId: integer('booking_id').notNull(),
      amount: integer('amount').notNull(),
      reason: varchar('reason', { length: 32 }),
      state: varchar('state', { length: 16 }).default('requested').notNull(),
      refundId: varchar('refund_id', { length: 255 }),
      refundStatus: varchar('refund_status', { length: 32 }),
      keyHash: char('key_hash', { length: 64 }),
      requestHash: char('request_hash', { length: 64 }),
      createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
      updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow().notNull(),
    },
    (t) => ({
      ticketing_refund_requests_amount_check: check('ticketing_refund_requests_amount_check', sql`"amount" > 0`),
      ticketing_refund_requests_booking_id_fkey: foreignKey({
        name: 'ticketing_refund_requests_booking_id_fkey',
        columns: [t.bookingId],
        foreignColumns: [bookings.id],
      }).onDelete('cascade'),
      ticketing_refund_requests_key_hash_key: unique('ticketing_refund_requests_key_hash_key').on(t.keyHash),
      ticketing_refund_requests_open_idx: index('ticketing_refund_requests_open_idx').on(t.bookingId).where(sql`"state" = 'requested'`),
      ticketing_refund_requests_state_check: check('ticketing_refund_requests_state_check', sql`"state" IN ('requested', 'settled', 'failed')`),
    }),
  )
  return schema
}
