import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { rest } from './devHostFile'
import { bearer, book } from './ticketing'

/** A booking with its PaymentIntent, as the pay page would get them. */
export const bookAndStartPayment = async (eventId: number, body: Record<string, unknown> = {}) => {
  const created = await book({ eventId, ...body })
  if (created.status !== 201) throw new Error(`booking failed: ${JSON.stringify(created.body)}`)
  const pi = await rest('POST', `/ticketing/bookings/${created.body.reference}/payment-intent`, { headers: bearer(created.body.accessToken) })
  if (pi.status !== 200) throw new Error(`payment-intent failed: ${JSON.stringify(pi.body)}`)
  return { booking: created.body, intent: pi.body }
}

/** The booking as stored (Local API, all fields). */
export const storedBooking = async (payload: Payload, reference: string) =>
  (await payload.find({ collection: 'bookings' as never, where: { reference: { equals: reference } } })).docs[0] as Record<string, any>

export const sqlRows = async (payload: Payload, statement: ReturnType<typeof sql>) =>
  ((await (payload.db as unknown as PostgresAdapter).drizzle.execute(statement)) as unknown as { rows: Record<string, unknown>[] }).rows

export const seatsOf = async (payload: Payload, eventId: number) => payload.findByID({ collection: 'city-events' as never, id: eventId }) as Promise<Record<string, any>>
