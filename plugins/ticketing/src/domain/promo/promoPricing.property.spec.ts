import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { percentOfHalfUp } from '../pricing/percentOfHalfUp'
import { quote, type PricingEvent, type Quote } from '../pricing/quote'
import type { PromoDiscountRule } from './types'

const NOW = new Date('2026-06-01T00:00:00.000Z')

/** Valid events, as the pricing properties draw them (domain/pricing/quote.property.spec). */
const pricingEvent: fc.Arbitrary<PricingEvent> = fc.record({
  currency: fc.constantFrom('EUR', 'JPY', 'CAD'),
  regularPrice: fc.integer({ min: 0, max: 10_000_000 }),
  earlyBirdPrice: fc.option(fc.integer({ min: 0, max: 10_000_000 })),
  earlyBirdDeadline: fc.option(fc.integer({ min: -86_400_000, max: 86_400_000 }).map((offset) => new Date(NOW.getTime() + offset))),
  groupMinimum: fc.option(fc.integer({ min: 1, max: 50 })),
  groupDiscountPercent: fc.option(fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100)),
  maxPerBooking: fc.integer({ min: 1, max: 50 }),
})

/** Any code: a percentage with up to two decimals or a fixed amount per seat in some currency. */
const promoRule: fc.Arbitrary<PromoDiscountRule> = fc.oneof(
  fc.record({
    code: fc.constant('CODE'),
    combinesWithEarlyBird: fc.boolean(),
    kind: fc.constant('PERCENT' as const),
    percent: fc.integer({ min: 1, max: 10_000 }).map((bp) => bp / 100),
  }),
  fc.record({
    amountPerSeat: fc.integer({ min: 1, max: 20_000_000 }),
    code: fc.constant('CODE'),
    combinesWithEarlyBird: fc.boolean(),
    currency: fc.constantFrom('EUR', 'JPY', 'CAD'),
    kind: fc.constant('FIXED_PER_SEAT' as const),
  }),
)

const case_ = pricingEvent.chain((event) => fc.tuple(fc.constant(event), fc.integer({ min: 1, max: event.maxPerBooking }), promoRule))

const plain = (event: PricingEvent, quantity: number): Quote => {
  const result = quote({ event, now: NOW, quantity })
  if (!result.ok) throw new Error(`unexpected ${result.code}`)
  return result.quote
}

describe('pricing with a promo code (properties)', () => {
  it('keeps every pricing invariant: total = subtotal − discount − promoDiscount ≥ 0, all safe integers', () => {
    fc.assert(
      fc.property(case_, ([event, quantity, promo]) => {
        const result = quote({ event, now: NOW, promo, quantity })
        if (!result.ok) return
        const q = result.quote
        for (const n of [q.unitPrice, q.subtotal, q.discount, q.promoDiscount, q.total]) expect(Number.isSafeInteger(n)).toBe(true)
        expect(q.promoDiscount).toBeGreaterThanOrEqual(0)
        expect(q.discount + q.promoDiscount).toBeLessThanOrEqual(q.subtotal)
        expect(q.total).toBe(q.subtotal - q.discount - q.promoDiscount)
        expect(q.total).toBeGreaterThanOrEqual(0)
        expect(q.promoCode).toBe('CODE')
      }),
    )
  })

  it('the code applies after the group discount and changes nothing else: same ticket type, unit price, subtotal and group discount', () => {
    fc.assert(
      fc.property(case_, ([event, quantity, promo]) => {
        const result = quote({ event, now: NOW, promo, quantity })
        if (!result.ok) return
        const without = plain(event, quantity)
        const { promoCode: _c, promoDiscount: _d, total: _t, ...rest } = result.quote
        const { promoCode: _c2, promoDiscount: _d2, total: _t2, ...restWithout } = without
        expect(rest).toEqual(restWithout)
        expect(result.quote.total).toBeLessThanOrEqual(without.total)
      }),
    )
  })

  it('PERCENT takes its share of what is left, half-up; FIXED_PER_SEAT takes amount × quantity capped at what is left', () => {
    fc.assert(
      fc.property(case_, ([event, quantity, promo]) => {
        const result = quote({ event, now: NOW, promo, quantity })
        if (!result.ok) return
        const left = result.quote.subtotal - result.quote.discount
        const expected = promo.kind === 'PERCENT' ? percentOfHalfUp(left, promo.percent) : Math.min(promo.amountPerSeat * quantity, left)
        expect(result.quote.promoDiscount).toBe(expected)
      }),
    )
  })

  it('refuses exactly: early-bird seats unless the code combines (NOT_COMBINABLE), a fixed amount in another currency (WRONG_CURRENCY)', () => {
    fc.assert(
      fc.property(case_, ([event, quantity, promo]) => {
        const result = quote({ event, now: NOW, promo, quantity })
        const earlyBird = plain(event, quantity).ticketType === 'EARLY_BIRD'
        if (earlyBird && !promo.combinesWithEarlyBird) expect(result).toMatchObject({ code: 'PROMO_INVALID', ok: false, reason: 'NOT_COMBINABLE' })
        else if (promo.kind === 'FIXED_PER_SEAT' && promo.currency !== event.currency) expect(result).toMatchObject({ code: 'PROMO_INVALID', ok: false, reason: 'WRONG_CURRENCY' })
        else expect(result.ok).toBe(true)
      }),
    )
  })

  it('a 100 % code always brings the total to 0 (a free booking)', () => {
    fc.assert(
      fc.property(pricingEvent, fc.nat(), (event, n) => {
        const quantity = 1 + (n % event.maxPerBooking)
        const result = quote({ event, now: NOW, promo: { code: 'FREE', combinesWithEarlyBird: true, kind: 'PERCENT', percent: 100 }, quantity })
        expect(result).toMatchObject({ ok: true, quote: { total: 0 } })
      }),
    )
  })
})
