/** A waiting entry, in queue order. */
export type QueuedEntry = { acceptPartial: boolean; id: number; quantity: number }

/** Seats offered to one entry. */
export type PlannedOffer = { id: number; seats: number }

/**
 * Who gets the free seats, in queue order: each entry in turn gets its whole quantity when the
 * seats left can serve it, or what is left when it accepts part of it; an entry that cannot be
 * served yet keeps its place (it is skipped, not removed) and a later, smaller one may be
 * served. Pure; `free` below 1 offers nothing.
 */
export const planOffers = (free: number, queue: readonly QueuedEntry[]): PlannedOffer[] => {
  const offers: PlannedOffer[] = []
  let left = Math.max(0, Math.floor(free))
  for (const entry of queue) {
    if (left <= 0) break
    if (entry.quantity <= left) {
      offers.push({ id: entry.id, seats: entry.quantity })
      left -= entry.quantity
    } else if (entry.acceptPartial) {
      offers.push({ id: entry.id, seats: left })
      left = 0
    }
  }
  return offers
}
