import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterReadHook } from 'payload'

import { liveAvailable } from '../../../db/liveAvailable'
import { query } from '../../../db/query'

type SeatRow = { available: number; seats_confirmed: number; seats_held: number }

/** Fills the read-only seat figures from the live counters (never from a cache). */
export const readSeats: CollectionAfterReadHook = async ({ doc, req }) => {
  if (!doc?.id) return doc
  const [row] = await query<SeatRow>(
    req,
    sql`SELECT e.seats_confirmed, e.seats_held, ${liveAvailable} AS available FROM city_events e WHERE e.id = ${doc.id}`,
  )
  if (!row) return doc
  return { ...doc, seatsAvailable: Math.max(0, Number(row.available)), seatsConfirmed: Number(row.seats_confirmed), seatsHeld: Number(row.seats_held) }
}
