import { sql } from '@payloadcms/db-postgres/drizzle'

import { holdMayExpire } from './holdMayExpire'

/**
 * Seats available right now for the event aliased `e`: capacity − confirmed − held, where
 * holds whose time is up count as free even before the expiry job has swept them (payments
 * in progress keep their seats). Uses the partial index on pending bookings.
 */
export const liveAvailable = sql`(e.capacity - e.seats_confirmed - e.seats_held + coalesce((
  SELECT sum(b.quantity) FROM bookings b
  WHERE b.city_event_id = e.id AND ${holdMayExpire('b')}), 0))`
