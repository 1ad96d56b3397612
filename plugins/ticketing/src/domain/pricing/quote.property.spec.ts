import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { quote, type PricingEvent, type Quote } from './quote'

const NOW = new Date('2026-06-01T00:00:00.000Z')

/** Valid events: integer prices, optional early bird on either side of NOW, optional group rule. */
const pricingEvent: fc.Arbitrary<PricingEvent> = fc.record({
  currency: fc.constantFrom('EUR', 'JPY', 'KWD', 'usd'),
  regularPrice: fc.integer({ min: 0, max: 10_000_000 }),
  earlyBirdPrice: fc.option(fc.integer({ min: 0, max: 10_000_000 })),
  earlyBirdDeadline: fc.option(
    fc.integer({ min: -86_400_000, max: 86_400_000 }).map((offset) => new Date(NOW.getTime() + offset)),
  ),
  groupMinimum: fc.option(fc.integer({ min: 1, max: 50 })),
  groupDiscountPercent: fc.option(
    fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100)),
  ),
  maxPerBooking: fc.integer({ min: 1, max: 50 }),
})

const eventAndQuantity = pricingEvent.chain((event) =>
  fc.tuple(fc.constant(event), fc.integer({ min: 1, max: event.maxPerBooking })),
)

function ok(event: PricingEvent, quantity: number): Quote {
  const result = quote({ event, quantity, now: NOW })
  if (!result.ok) throw new Error(`unexpected ${result.code}`)
  return result.quote
}

describe('quote (properties)', () => {
  it('total = subtotal − discount, 0 ≤ discount ≤ subtotal, all safe integers, subtotal = unit × q', () => {
    fc.assert(
      fc.property(eventAndQuantity, ([event, quantity]) => {
        const q = ok(event, quantity)
        for (const n of [q.unitPrice, q.subtotal, q.discount, q.total]) {
          expect(Number.isSafeInteger(n)).toBe(true)
        }
        expect(q.subtotal).toBe(q.unitPrice * quantity)
        expect(q.discount).toBeGreaterThanOrEqual(0)
        expect(q.discount).toBeLessThanOrEqual(q.subtotal)
        expect(q.total).toBe(q.subtotal - q.discount)
        expect(q.total).toBeGreaterThanOrEqual(0)
        expect(q.quantity).toBe(quantity)
      }),
    )
  })

  it('the unit price never exceeds the regular price', () => {
    fc.assert(
      fc.property(eventAndQuantity, ([event, quantity]) => {
        expect(ok(event, quantity).unitPrice).toBeLessThanOrEqual(event.regularPrice)
      }),
    )
  })

  it('only GROUP quotes carry a discount; only EARLY_BIRD quotes carry earlyBirdEndsAt', () => {
    fc.assert(
      fc.property(eventAndQuantity, ([event, quantity]) => {
        const q = ok(event, quantity)
        if (q.ticketType !== 'GROUP') expect(q.discount).toBe(0)
        expect(q.earlyBirdEndsAt !== null).toBe(q.ticketType === 'EARLY_BIRD')
      }),
    )
  })

  it('within the same ticket type, the total is non-decreasing in quantity', () => {
    fc.assert(
      fc.property(
        pricingEvent.filter((e) => e.maxPerBooking >= 2),
        fc.nat(),
        fc.nat(),
        (event, a, b) => {
          const q1 = 1 + (a % event.maxPerBooking)
          const q2 = 1 + (b % event.maxPerBooking)
          const [low, high] = q1 <= q2 ? [q1, q2] : [q2, q1]
          const lo = ok(event, low)
          const hi = ok(event, high)
          fc.pre(lo.ticketType === hi.ticketType)
          expect(hi.total).toBeGreaterThanOrEqual(lo.total)
        },
      ),
    )
  })

  it('requesting more seats than available never yields a quote', () => {
    fc.assert(
      fc.property(eventAndQuantity, fc.integer({ min: -5, max: 50 }), ([event, quantity], seats) => {
        const result = quote({ event, quantity, now: NOW, seatsAvailable: seats })
        if (quantity > seats) {
          expect(result).toMatchObject({ ok: false, code: seats <= 0 ? 'SOLD_OUT' : 'INSUFFICIENT_SEATS' })
        } else {
          expect(result.ok).toBe(true)
        }
      }),
    )
  })

  it('rejects every non-integer or out-of-range quantity with VALIDATION', () => {
    fc.assert(
      fc.property(pricingEvent, fc.anything(), (event, quantity) => {
        const valid = Number.isInteger(quantity) && (quantity as number) >= 1 && (quantity as number) <= event.maxPerBooking
        const result = quote({ event, quantity, now: NOW })
        expect(result.ok).toBe(valid)
        if (!valid) expect(result).toMatchObject({ code: 'VALIDATION' })
      }),
    )
  })
})
