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
export const seatCounters: SchemaHook = ({ extendTable, schema }) => {
  extendTable({
    columns: {
      seatsConfirmed: integer('seats_confirmed').default(0).notNull(),
      seatsHeld: integer('seats_held').default(0).notNull(),
    },
    extraConfig: () => ({
      city_events_capacity_positive: check('city_events_capacity_positive', sql`"capacity" > 0`),
      city_events_seats_valid: check(
        'city_events_seats_valid',
        sql`"seats_confirmed" >= 0 AND "seats_held" >= 0 AND "seats_confirmed" + "seats_held" <= "capacity"`,
      ),
    }),
    table: findTable(schema, 'city_events'),
  })
  return schema
}
