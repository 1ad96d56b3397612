import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { lockEventSeats } from '../../../db/seats/lockEventSeats'

/**
 * On update, locks the event row for the rest of the transaction and refuses a capacity
 * below the seats already confirmed or held. Also sets and lifts SOLD_OUT from availability.
 * The seat counters are plain columns changed only by SQL (see db/seats/seats.ts), so concurrent
 * holds wait for this transaction and then see the new capacity.
 */
export const guardCapacity =
  (slug: string): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc?.id) return data
    const capacity = Number(data.capacity ?? originalDoc.capacity)
    const requested = String(data.status ?? originalDoc.status)
    const { status, taken } = await lockEventSeats(req, originalDoc.id, { capacity, status: requested })
    if (capacity < taken) {
      throw new ValidationError({
        collection: slug,
        errors: [{ message: `Capacity cannot be lower than the ${taken} seats already confirmed, held or offered to the waiting list.`, path: 'capacity' }],
        req,
      })
    }
    return status === requested ? data : { ...data, status }
  }
