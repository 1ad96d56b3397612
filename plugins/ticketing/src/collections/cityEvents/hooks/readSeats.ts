import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterReadHook } from 'payload'

import { query } from '../../../db/query'

type SeatRow = { capacity: number; seats_confirmed: number; seats_held: number }

/** Fills the read-only seat figures from the live counters (never from a cache). */
export const readSeats: CollectionAfterReadHook = async ({ doc, req }) => {
  if (!doc?.id) return doc
  const [row] = await query<SeatRow>(
    req,
    sql`SELECT capacity, seats_confirmed, seats_held FROM city_events WHERE id = ${doc.id}`,
  )
  if (!row) return doc
  const confirmed = Number(row.seats_confirmed)
  const held = Number(row.seats_held)
  return { ...doc, seatsAvailable: Number(row.capacity) - confirmed - held, seatsConfirmed: confirmed, seatsHeld: held }
}
