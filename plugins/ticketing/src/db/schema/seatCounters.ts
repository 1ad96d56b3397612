import { sql } from '@payloadcms/db-postgres/drizzle'
import { check, integer } from '@payloadcms/db-postgres/drizzle/pg-core'

import { findTable } from './findTable'
import type { SchemaHook } from './types'

/**
 * `city_events.seats_confirmed` / `seats_held`: the live seat counters. They are columns the
 * plugin's SQL changes in single statements, not Payload fields: a Payload update writes the
 * whole row and would put back counters it read earlier (the read-only `seatsConfirmed`,
 * `seatsHeld` and `seatsAvailable` fields are virtual, filled from these columns on read).
 * PostgreSQL itself refuses any state that would oversell an event.
 */
// `seats_offered` counts against capacity (the CHECK): offered seats are taken until the offer ends.
export const seatCounters: SchemaHook = ({ extendTable, schema }) => {
  extendTable({
    columns: {
      seatsConfirmed: integer('seats_confirmed').default(0).notNull(),
      seatsHeld: integer('seats_held').default(0).notNull(),
      // Seats offered to the waiting list (held for an entry until its offer ends), and seats the
      // entries still waiting want: neither is sold to the public (db/seats/publicAvailable).
      seatsOffered: integer('seats_offered').default(0).notNull(),
      seatsWaiting: integer('seats_waiting').default(0).notNull(),
    },
    extraConfig: () => ({
      city_events_capacity_positive: check('city_events_capacity_positive', sql`"capacity" > 0`),
      city_events_seats_valid: check(
        'city_events_seats_valid',
        sql`"seats_confirmed" >= 0 AND "seats_held" >= 0 AND "seats_offered" >= 0 AND "seats_waiting" >= 0 AND "seats_confirmed" + "seats_held" + "seats_offered" <= "capacity"`,
      ),
    }),
    table: findTable(schema, 'city_events'),
  })
  return schema
}
