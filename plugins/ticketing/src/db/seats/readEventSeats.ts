import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { liveAvailable } from './liveAvailable'
import { query } from '../core/query'

/** An event's seat figures from the live counters (never from a cache); null for an unknown event. */
export const readEventSeats = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, eventId: number | string) => {
  const [row] = await query<{ available: number; seats_confirmed: number; seats_held: number; seats_offered: number }>(
    req,
    sql`SELECT e.seats_confirmed, e.seats_held, e.seats_offered, ${liveAvailable} AS available FROM city_events e WHERE e.id = ${eventId}`,
  )
  if (!row) return null
  return { seatsAvailable: Math.max(0, Number(row.available)), seatsConfirmed: Number(row.seats_confirmed), seatsHeld: Number(row.seats_held), seatsOffered: Number(row.seats_offered) }
}
