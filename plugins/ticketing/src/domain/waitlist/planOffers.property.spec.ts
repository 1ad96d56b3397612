import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { planOffers, type QueuedEntry } from './planOffers'

const queue = fc
  .array(fc.record({ acceptPartial: fc.boolean(), quantity: fc.integer({ min: 1, max: 10 }) }), { maxLength: 30 })
  .map((entries) => entries.map((e, i): QueuedEntry => ({ ...e, id: i + 1 })))

describe('planOffers (properties)', () => {
  it('never offers more seats than are free, nor more than an entry wants, nor nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3, max: 40 }), queue, (free, entries) => {
        const offers = planOffers(free, entries)
        expect(offers.reduce((sum, o) => sum + o.seats, 0)).toBeLessThanOrEqual(Math.max(0, free))
        for (const offer of offers) {
          const entry = entries.find((e) => e.id === offer.id)!
          expect(offer.seats).toBeGreaterThan(0)
          expect(offer.seats).toBeLessThanOrEqual(entry.quantity)
          if (offer.seats < entry.quantity) expect(entry.acceptPartial).toBe(true)
        }
      }),
    )
  })

  it('follows the order: offers are in queue order, and an entry is passed over only when the seats left at its turn cannot serve it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), queue, (free, entries) => {
        const offers = planOffers(free, entries)
        const ids = offers.map((o) => o.id)
        expect([...ids].sort((a, b) => a - b)).toEqual(ids)
        let left = free
        for (const entry of entries) {
          const offer = offers.find((o) => o.id === entry.id)
          if (offer) left -= offer.seats
          else expect(left === 0 || (entry.quantity > left && !entry.acceptPartial)).toBe(true)
        }
      }),
    )
  })

  it('serves the first entry whenever the free seats can', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), queue.filter((q) => q.length > 0), (free, entries) => {
        const [first] = entries
        const served = planOffers(free, entries).find((o) => o.id === first.id)
        if (first.quantity <= free) expect(served?.seats).toBe(first.quantity)
        else if (first.acceptPartial && free > 0) expect(served?.seats).toBe(free)
        else expect(served).toBeUndefined()
      }),
    )
  })
})
