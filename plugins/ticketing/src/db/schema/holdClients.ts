import { sql } from '@payloadcms/db-postgres/drizzle'
import { index, varchar } from '@payloadcms/db-postgres/drizzle/pg-core'

import { declareSqlTrigger } from './declareSqlTrigger'
import { findColumn } from './findColumn'
import { findTable } from './findTable'
import type { SchemaHook } from './types'

/** The setting through which the hold statement tells the trigger the client's seat limit (local to its transaction). */
export const HOLD_MAX_SEATS_SETTING = 'ticketing.hold_max_seats'

/** The trigger's refusals, as PostgreSQL raises them (the hold's caller answers 409 HOLD_LIMIT). */
export const HOLD_LIMIT_ERRORS = { client: 'ticketing_hold_limit_client', email: 'ticketing_hold_limit_email' } as const

/**
 * The unpaid seats still held by a client across events, and by a buyer email on one event, as
 * SQL over the given expressions (the trigger passes `NEW.…`). Each runs on every hold during a
 * rush, so each must read only that buyer's rows whatever the planner's statistics say (none
 * yet, or a quiet hour's that saw no pending hold): the conditions an index could answer are the
 * buyer and the status, which only that buyer's index answers; the rest is wrapped in `IS TRUE`,
 * which no index answers, so no index of the event's or of the expiry times is ever picked for
 * it (tests/int/queryPlans.int.spec.ts checks the plans).
 */
export const clientHeldSeats = (client: string) =>
  `SELECT coalesce(sum(quantity), 0) FROM bookings WHERE hold_client = ${client} AND status = 'PENDING' AND (expires_at > now()) IS TRUE`
export const emailHeldSeats = (eventId: string, email: string) =>
  `SELECT coalesce(sum(quantity), 0) FROM bookings WHERE lower(buyer_email) = lower(${email}) AND status = 'PENDING' AND (city_event_id = ${eventId} AND expires_at > now()) IS TRUE`

/**
 * Before an unpaid hold's row goes in: the locks of its client and of its email on the event
 * (in a fixed order), then the counts. A function's queries each see every transaction committed
 * before them, so a burst from one client, waiting on the lock one after the other, counts the
 * holds of the requests before it: none gets past a limit.
 */
const HOLD_LIMITS = `IF NEW.status <> 'PENDING' OR NEW.hold_client IS NULL THEN
  RETURN NEW;
END IF;
PERFORM pg_advisory_xact_lock(k) FROM (
  SELECT unnest(ARRAY[hashtextextended('hold-client:' || NEW.hold_client, 0), hashtextextended('hold-email:' || NEW.city_event_id || ':' || lower(NEW.buyer_email), 0)]) AS k ORDER BY 1
) AS locks;
IF (${clientHeldSeats('NEW.hold_client')}) + NEW.quantity
    > coalesce(nullif(current_setting('${HOLD_MAX_SEATS_SETTING}', true), '')::int, 2147483647) THEN
  RAISE EXCEPTION '${HOLD_LIMIT_ERRORS.client}';
END IF;
IF (${emailHeldSeats('NEW.city_event_id', 'NEW.buyer_email')}) + NEW.quantity
    > (SELECT max_per_booking FROM city_events WHERE id = NEW.city_event_id) THEN
  RAISE EXCEPTION '${HOLD_LIMIT_ERRORS.email}';
END IF;
RETURN NEW;`

/**
 * `bookings.hold_client`: who holds a booking's seats, as a hash of the client address (never the
 * address itself), so the hold statement can count a client's unpaid seats across events
 * (db/bookings/insertBooking). The `bookings_hold_limits` trigger counts them, and the buyer
 * email's on the event, each through its own index, led by the client or the email, then the
 * status.
 *
 * Why not partial indexes of pending holds, as before: with statistics that saw no pending hold,
 * every such index looked empty and the planner picked any of them, or the event's or the expiry
 * time's, and then read every live hold of the event on each new hold: a rush on one event
 * slowed with each booking (149–270 holds/s, falling round after round, against 600+).
 */
export const holdClients: SchemaHook = ({ adapter, extendTable, schema }) => {
  extendTable({
    columns: { holdClient: varchar('hold_client', { length: 64 }) },
    extraConfig: (t) => ({
      bookings_hold_client_idx: index('bookings_hold_client_idx').on(findColumn(t, 'hold_client'), findColumn(t, 'status')),
      bookings_hold_email_idx: index('bookings_hold_email_idx').on(sql`lower(${findColumn(t, 'buyer_email')})`, findColumn(t, 'status')),
    }),
    table: findTable(schema, 'bookings'),
  })
  declareSqlTrigger(adapter, { name: 'bookings_hold_limits', body: HOLD_LIMITS, forEach: 'ROW', table: 'bookings', when: 'BEFORE INSERT' })
  return schema
}
