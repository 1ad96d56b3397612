import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'
import { liveAvailable } from './liveAvailable'
import { soldOutStatus } from './soldOutStatus'
import { takeSeatsStatement } from './takeSeatsStatement'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>
type SeatResult = { ok: boolean; seatsAvailable: number }

/** Seats a visitor could book now, counted as everywhere else (db/seats/liveAvailable). */
const available = async (req: Req, eventId: number | string): Promise<number> => {
  const [row] = await query<{ available: number }>(req, sql`SELECT ${liveAvailable} AS available FROM city_events e WHERE e.id = ${eventId}`)
  return Number(row?.available ?? 0)
}

/**
 * Takes `quantity` seats with the one seat-taking statement (db/seats/takeSeatsStatement): it
 * succeeds only while enough seats are left and the event is not cancelled, whatever runs at
 * the same time. `as` says whether they become held or confirmed.
 */
export const takeSeats = async (req: Req, eventId: number | string, quantity: number, as: 'confirmed' | 'held'): Promise<SeatResult> => {
  const rows = await query<{ seats_available: number }>(req, takeSeatsStatement({ as, eventId, quantity }))
  if (rows[0]) return { ok: true, seatsAvailable: Number(rows[0].seats_available) }
  return { ok: false, seatsAvailable: await available(req, eventId) }
}

/** Gives back seats (`held` from an ended hold, `confirmed` from a refund) and lifts SOLD_OUT. */
export const releaseSeats = async (req: Req, eventId: number | string, quantity: number, from: 'confirmed' | 'held'): Promise<void> => {
  const column = from === 'held' ? sql`seats_held = seats_held - ${quantity}` : sql`seats_confirmed = seats_confirmed - ${quantity}`
  await query(req, sql`UPDATE city_events SET ${column}, status = ${soldOutStatus(-quantity)} WHERE id = ${eventId}`)
}

/** Turns a live hold into confirmed seats (payment succeeded before expiry). */
export const confirmHeldSeats = async (req: Req, eventId: number | string, quantity: number): Promise<void> => {
  await query(
    req,
    sql`UPDATE city_events SET seats_held = seats_held - ${quantity}, seats_confirmed = seats_confirmed + ${quantity} WHERE id = ${eventId}`,
  )
}
