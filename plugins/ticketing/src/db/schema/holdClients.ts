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
IF (SELECT coalesce(sum(quantity), 0) FROM bookings WHERE status = 'PENDING' AND expires_at > now() AND hold_client = NEW.hold_client) + NEW.quantity
    > coalesce(nullif(current_setting('${HOLD_MAX_SEATS_SETTING}', true), '')::int, 2147483647) THEN
  RAISE EXCEPTION '${HOLD_LIMIT_ERRORS.client}';
END IF;
IF (SELECT coalesce(sum(quantity), 0) FROM bookings WHERE status = 'PENDING' AND expires_at > now() AND city_event_id = NEW.city_event_id AND lower(buyer_email) = lower(NEW.buyer_email)) + NEW.quantity
    > (SELECT max_per_booking FROM city_events WHERE id = NEW.city_event_id) THEN
  RAISE EXCEPTION '${HOLD_LIMIT_ERRORS.email}';
END IF;
RETURN NEW;`

/**
 * `bookings.hold_client`: who holds a booking's seats, as a hash of the client address (never the
 * address itself), so the hold statement can count a client's unpaid seats across events
 * (db/bookings/insertBooking); partial indexes keep that count, and the buyer email's count on
 * an event, to the live holds. The `bookings_hold_limits` trigger makes those counts.
 */
export const holdClients: SchemaHook = ({ adapter, extendTable, schema }) => {
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
  declareSqlTrigger(adapter, { name: 'bookings_hold_limits', body: HOLD_LIMITS, forEach: 'ROW', table: 'bookings', when: 'BEFORE INSERT' })
  return schema
}
