import { sql } from '@payloadcms/db-postgres/drizzle'
import { index, varchar } from '@payloadcms/db-postgres/drizzle/pg-core'

import { findColumn } from './findColumn'
import { findTable } from './findTable'
import type { SchemaHook } from './types'

/**
 * `bookings.hold_client`: who holds a booking's seats, as a hash of the client address (never the
 * address itself), so the hold statement can count a client's unpaid seats across events
 * (db/bookings/insertBooking); partial indexes keep that count, and the buyer email's count on
 * an event, to the live holds.
 */
export const holdClients: SchemaHook = ({ extendTable, schema }) => {
  extendTable({
    columns: { holdClient: varchar('hold_client', { length: 64 }) },
    extraConfig: (t) => ({
      bookings_pending_client_idx: index('bookings_pending_client_idx').on(findColumn(t, 'hold_client')).where(sql`"status" = 'PENDING'`),
      // The buyer email's unpaid seats on one event, counted by every hold: without it the count
      // reads every live hold of the event, and a sales rush on one event slows with each hold.
      bookings_pending_email_idx: index('bookings_pending_email_idx')
        .on(findColumn(t, 'city_event_id'), sql`lower(${findColumn(t, 'buyer_email')})`)
        .where(sql`"status" = 'PENDING'`),
    }),
    table: findTable(schema, 'bookings'),
  })
  return schema
}
