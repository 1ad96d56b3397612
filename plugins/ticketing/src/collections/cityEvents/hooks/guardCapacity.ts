import { sql } from '@payloadcms/db-postgres/drizzle'
import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { query } from '../../../db/query'

type SeatRow = { seats_confirmed: number; seats_held: number }

/**
 * On update, locks the event row for the rest of the transaction and refuses a capacity
 * below the seats already confirmed or held. Also sets and lifts SOLD_OUT from availability.
 * The seat counters are plain columns changed only by SQL (see db/seats.ts), so concurrent
 * holds wait for this transaction and then see the new capacity.
 */
export const guardCapacity =
  (slug: string): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc?.id) return data
    const [row] = await query<SeatRow>(
      req,
      sql`SELECT seats_confirmed, seats_held FROM city_events WHERE id = ${originalDoc.id} FOR UPDATE`,
    )
    const taken = Number(row?.seats_confirmed ?? 0) + Number(row?.seats_held ?? 0)
    const capacity = Number(data.capacity ?? originalDoc.capacity)
    if (capacity < taken) {
      throw new ValidationError({
        collection: slug,
        errors: [{ message: `Capacity cannot be lower than the ${taken} seats already confirmed or held.`, path: 'capacity' }],
        req,
      })
    }
    const status = data.status ?? originalDoc.status
    if (status === 'PUBLISHED' && capacity - taken === 0) return { ...data, status: 'SOLD_OUT' }
    if (status === 'SOLD_OUT' && capacity - taken > 0) return { ...data, status: 'PUBLISHED' }
    return data
  }
