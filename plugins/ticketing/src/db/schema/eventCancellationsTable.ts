import { sql } from '@payloadcms/db-postgres/drizzle'
import { check, foreignKey, index, integer, timestamp, varchar } from '@payloadcms/db-postgres/drizzle/pg-core'

import { findTable } from './findTable'
import { tableBuilder } from './tableBuilder'
import type { SchemaHook } from './types'

/**
 * `ticketing_event_cancellations`: the bookings an event cancellation has to settle, one row
 * per booking (refund, end the hold, email the buyer), each done by one job. `state` says what
 * is left to do; a booking is in at most one cancellation. Constraint names are PostgreSQL's
 * own defaults.
 */
export const eventCancellationsTable: SchemaHook = ({ adapter, schema }) => {
  const bookings = findTable(schema, 'bookings')
  const cityEvents = findTable(schema, 'city_events')
  schema.tables.ticketing_event_cancellations = tableBuilder(adapter)(
    'ticketing_event_cancellations',
    {
      bookingId: integer('booking_id').primaryKey(),
      cityEventId: integer('city_event_id').notNull(),
      state: varchar('state', { length: 16 }).default('queued').notNull(),
      outcome: varchar('outcome', { length: 32 }),
      refunded: integer('refunded').default(0).notNull(),
      createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
      updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow().notNull(),
    },
    (t) => ({
      ticketing_event_cancellations_booking_id_fkey: foreignKey({
        name: 'ticketing_event_cancellations_booking_id_fkey',
        columns: [t.bookingId],
        foreignColumns: [bookings.id],
      }).onDelete('cascade'),
      ticketing_event_cancellations_city_event_id_fkey: foreignKey({
        name: 'ticketing_event_cancellations_city_event_id_fkey',
        columns: [t.cityEventId],
        foreignColumns: [cityEvents.id],
      }).onDelete('cascade'),
      ticketing_event_cancellations_event_idx: index('ticketing_event_cancellations_event_idx').on(t.cityEventId, t.state),
      ticketing_event_cancellations_refunded_check: check('ticketing_event_cancellations_refunded_check', sql`"refunded" >= 0`),
      ticketing_event_cancellations_state_check: check('ticketing_event_cancellations_state_check', sql`"state" IN ('queued', 'done')`),
    }),
  )
  return schema
}
