import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'

import { publicAvailable } from './publicAvailable'
import { soldOutStatus } from './soldOutStatus'

export type SeatTake = {
  as: 'confirmed' | 'held'
  /** Values, or placeholders of a prepared statement (db/core/preparedStatement). */
  eventId: number | SQL | string
  quantity: number | SQL
  /** Only while the event is still this version (its updated_at): a price computed from an older version is never charged. */
  version?: SQL | string
  /** And only while this holds too (the booking's rate limits, db/bookings/insertBooking). */
  onlyIf?: SQL
}

/**
 * THE seat-taking statement, one conditional UPDATE: it takes `quantity` seats (held, or
 * confirmed) only while enough are left and the event is not cancelled (and, given a
 * version, not edited since), whatever runs at the same time, and keeps SOLD_OUT in step.
 * Returns the event id and the seats left; no row when it took nothing. A new booking's hold
 * (db/bookings/insertBooking) and a late payment's re-take (db/seats/seats) both run it.
 */
export const takeSeatsStatement = ({ as, eventId, onlyIf, quantity, version }: SeatTake): SQL => {
  const column = as === 'held' ? sql`seats_held = seats_held + ${quantity}` : sql`seats_confirmed = seats_confirmed + ${quantity}`
  return sql`UPDATE city_events SET ${column}, status = ${soldOutStatus(typeof quantity === 'number' ? quantity : sql`${quantity}::int`)}
    WHERE id = ${eventId} AND ${publicAvailable()} >= ${quantity} AND status <> 'CANCELLED'
      ${version ? sql`AND updated_at = ${version}::timestamptz` : sql``}
      ${onlyIf ? sql`AND (${onlyIf})` : sql``}
    RETURNING id, ${publicAvailable()} AS seats_available`
}
