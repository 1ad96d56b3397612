import { sql } from '@payloadcms/db-postgres/drizzle'
import { check, integer } from '@payloadcms/db-postgres/drizzle/pg-core'

import { declareSqlTrigger } from './declareSqlTrigger'
import { findTable } from './findTable'
import type { SchemaHook } from './types'

/** The CHECK that refuses a count past `max_seats` (a hold that loses the race fails on it). */
export const PROMO_SEATS_CHECK = 'promo_codes_seats_within_max'

/** A hold that ends (expired or cancelled while PENDING) gives its seats back to its code; a refund does not. */
const GIVE_BACK = `IF OLD.status = 'PENDING' AND NEW.status IN ('EXPIRED', 'CANCELLED') AND NEW.promo_code_id IS NOT NULL THEN
  UPDATE promo_codes SET seats_used = seats_used - NEW.quantity WHERE id = NEW.promo_code_id;
END IF;
RETURN NULL;`

/**
 * `promo_codes.seats_used`: the seats a code has discounted, counted by the hold statement in
 * the statement that takes the seats (db/bookings/insertBooking). A column the plugin's SQL
 * changes, not a Payload field (a Payload update writes the whole row and would put back a
 * count it read earlier). The CHECK is the guard: a hold that would take a code past
 * `max_seats` fails as a whole, however many bookings race. A trigger on `bookings` gives the
 * seats of a hold that ends back to its code, whichever path ends it (expiry job, cancel,
 * event cancellation, erasure).
 */
export const promoCodeSeats: SchemaHook = ({ adapter, extendTable, schema }) => {
  extendTable({
    columns: { seatsUsed: integer('seats_used').default(0).notNull() },
    extraConfig: () => ({
      [PROMO_SEATS_CHECK]: check(PROMO_SEATS_CHECK, sql`"seats_used" >= 0 AND ("max_seats" IS NULL OR "seats_used" <= "max_seats")`),
    }),
    table: findTable(schema, 'promo_codes'),
  })
  findTable(schema, 'bookings')
  declareSqlTrigger(adapter, { name: 'bookings_promo_give_back', body: GIVE_BACK, forEach: 'ROW', table: 'bookings', when: 'AFTER UPDATE OF status' })
  return schema
}
