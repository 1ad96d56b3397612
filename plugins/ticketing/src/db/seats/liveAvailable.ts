import { sql } from '@payloadcms/db-postgres/drizzle'

import { holdMayExpire } from './holdMayExpire'
import { publicAvailable } from './publicAvailable'

/**
 * Seats available right now for the event aliased `e`: its public availability (capacity −
 * confirmed − held − offered − waiting, db/seats/publicAvailable), where
 * holds whose time is up count as free even before the expiry job has swept them (payments
 * in progress keep their seats). Uses the partial index on pending bookings.
 */
export const liveAvailable = sql`(${publicAvailable('e')} + coalesce((
  SELECT sum(b.quantity) FROM bookings b
  WHERE b.city_event_id = e.id AND ${holdMayExpire('b')}), 0))`
