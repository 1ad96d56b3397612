import { describe, expect, it } from 'vitest'
import { isEarlyBirdActive, quote, type PricingEvent, type Quote, type QuoteResult } from './quote'

const NOW = new Date('2026-03-01T12:00:00.000Z')
const DEADLINE = '2026-03-01T12:00:00.000Z'

const event = (overrides: Partial<PricingEvent> = {}): PricingEvent => ({
  currency: 'EUR',
  regularPrice: 10000,
  maxPerBooking: 10,
  ...overrides,
})

function ok(result: QuoteResult): Quote {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`)
  return result.quote
}

describe('quote: quantity validation', () => {
  it.each([
    ['zero', 0],
    ['negative', -1],
    ['above maxPerBooking', 11],
    ['fractional', 1.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a numeric string', '2'],
    ['null', null],
    ['undefined', undefined],
    ['an object', { value: 2 }],
  ])('rejects a %s quantity with VALIDATION naming the allowed range', (_label, quantity) => {
    const result = quote({ event: event(), quantity, now: NOW })
    expect(result).toEqual({ ok: false, code: 'VALIDATION', message: expect.stringContaining('1 to 10') })
  })

  it('accepts the boundaries 1 and maxPerBooking', () => {
    expect(ok(quote({ event: event(), quantity: 1, now: NOW })).quantity).toBe(1)
    expect(ok(quote({ event: event(), quantity: 10, now: NOW })).quantity).toBe(10)
  })

  it('validates quantity before checking seats', () => {
    const result = quote({ event: event(), quantity: 0, now: NOW, seatsAvailable: 0 })
    expect(result.ok || result.code).toBe('VALIDATION')
  })
})

describe('quote: seat availability', () => {
  it('returns SOLD_OUT when no seat is left', () => {
    const result = quote({ event: event(), quantity: 1, now: NOW, seatsAvailable: 0 })
    expect(result).toMatchObject({ ok: false, code: 'SOLD_OUT', seatsAvailable: 0 })
  })

  it('returns SOLD_OUT with seatsAvailable 0 when the count is negative (overbooked)', () => {
    const result = quote({ event: event(), quantity: 1, now: NOW, seatsAvailable: -3 })
    expect(result).toMatchObject({ ok: false, code: 'SOLD_OUT', seatsAvailable: 0 })
  })

  it('returns INSUFFICIENT_SEATS with the remaining count when some seats are left', () => {
    const result = quote({ event: event(), quantity: 4, now: NOW, seatsAvailable: 3 })
    expect(result).toMatchObject({ ok: false, code: 'INSUFFICIENT_SEATS', seatsAvailable: 3 })
    expect(result.ok ? '' : result.message).toContain('3')
  })

  it('quotes when the quantity equals the seats available', () => {
    expect(ok(quote({ event: event(), quantity: 3, now: NOW, seatsAvailable: 3 })).total).toBe(30000)
  })

  it('skips the seat check when seatsAvailable is omitted', () => {
    expect(quote({ event: event(), quantity: 10, now: NOW }).ok).toBe(true)
  })
})

describe('quote: regular price', () => {
  it('multiplies the regular price by the quantity without discount', () => {
    expect(ok(quote({ event: event({ regularPrice: 1999 }), quantity: 3, now: NOW }))).toEqual({
      currency: 'EUR',
      ticketType: 'REGULAR',
      quantity: 3,
      unitPrice: 1999,
      subtotal: 5997,
      discount: 0,
      promoCode: null,
      promoDiscount: 0,
      total: 5997,
      earlyBirdEndsAt: null,
    })
  })

  it('works in zero-decimal JPY with integer yen', () => {
    const q = ok(quote({ event: event({ currency: 'jpy', regularPrice: 1200, groupMinimum: 3, groupDiscountPercent: 12.5 }), quantity: 3, now: NOW }))
    expect(q).toMatchObject({ currency: 'JPY', ticketType: 'GROUP', subtotal: 3600, discount: 450, total: 3150 })
  })

  it('rounds a JPY group discount half-up to whole yen', () => {
    // 1001 × 3 = 3003; 3003 × 5% = 150.15 → 150; 3010 × 5% = 150.5 → 151
    expect(ok(quote({ event: event({ currency: 'JPY', regularPrice: 1001, groupMinimum: 3, groupDiscountPercent: 5 }), quantity: 3, now: NOW })).discount).toBe(150)
    expect(ok(quote({ event: event({ currency: 'JPY', regularPrice: 301, groupMinimum: 10, groupDiscountPercent: 5 }), quantity: 10, now: NOW })).discount).toBe(151)
  })
})

describe('quote: early bird', () => {
  const eb = event({ earlyBirdPrice: 8000, earlyBirdDeadline: DEADLINE, groupMinimum: 2, groupDiscountPercent: 50 })

  it('applies the early-bird price while now is before the deadline and reports its end', () => {
    const q = ok(quote({ event: eb, quantity: 1, now: new Date('2026-02-01T00:00:00Z') }))
    expect(q).toMatchObject({ ticketType: 'EARLY_BIRD', unitPrice: 8000, total: 8000, earlyBirdEndsAt: DEADLINE })
  })

  it('still applies at exactly the deadline', () => {
    expect(ok(quote({ event: eb, quantity: 1, now: new Date(DEADLINE) })).ticketType).toBe('EARLY_BIRD')
  })

  it('no longer applies 1 ms after the deadline', () => {
    const q = ok(quote({ event: eb, quantity: 1, now: new Date(Date.parse(DEADLINE) + 1) }))
    expect(q).toMatchObject({ ticketType: 'REGULAR', unitPrice: 10000, earlyBirdEndsAt: null })
  })

  it('has priority over the group discount', () => {
    const q = ok(quote({ event: eb, quantity: 5, now: new Date('2026-02-01T00:00:00Z') }))
    expect(q).toMatchObject({ ticketType: 'EARLY_BIRD', subtotal: 40000, discount: 0, total: 40000 })
  })

  it('hands over to the group discount after the deadline', () => {
    const q = ok(quote({ event: eb, quantity: 5, now: new Date('2026-03-02T00:00:00Z') }))
    expect(q).toMatchObject({ ticketType: 'GROUP', subtotal: 50000, discount: 25000, total: 25000 })
  })

  it('accepts the deadline as a Date and normalises earlyBirdEndsAt to ISO', () => {
    const q = ok(quote({ event: event({ earlyBirdPrice: 1, earlyBirdDeadline: new Date('2026-03-05T10:00:00+02:00') }), quantity: 1, now: NOW }))
    expect(q.earlyBirdEndsAt).toBe('2026-03-05T08:00:00.000Z')
  })

  it('ignores an early-bird price without a deadline', () => {
    expect(ok(quote({ event: event({ earlyBirdPrice: 5000 }), quantity: 1, now: NOW })).ticketType).toBe('REGULAR')
  })

  it('ignores an early-bird price above the regular price', () => {
    const q = ok(quote({ event: event({ earlyBirdPrice: 12000, earlyBirdDeadline: DEADLINE }), quantity: 1, now: NOW }))
    expect(q).toMatchObject({ ticketType: 'REGULAR', unitPrice: 10000 })
  })

  it('allows a free early bird', () => {
    expect(ok(quote({ event: event({ earlyBirdPrice: 0, earlyBirdDeadline: DEADLINE }), quantity: 2, now: NOW })).total).toBe(0)
  })

  it('isEarlyBirdActive follows the same inclusive deadline', () => {
    expect(isEarlyBirdActive(eb, new Date(DEADLINE))).toBe(true)
    expect(isEarlyBirdActive(eb, new Date(Date.parse(DEADLINE) + 1))).toBe(false)
    expect(isEarlyBirdActive(event(), NOW)).toBe(false)
  })
})

describe('quote: group discount', () => {
  const group = (price: number, percent: number | null, minimum: number | null = 3) =>
    event({ regularPrice: price, groupMinimum: minimum, groupDiscountPercent: percent })

  it('applies from groupMinimum on, not below', () => {
    expect(ok(quote({ event: group(10000, 10), quantity: 2, now: NOW })).ticketType).toBe('REGULAR')
    expect(ok(quote({ event: group(10000, 10), quantity: 3, now: NOW }))).toMatchObject({
      ticketType: 'GROUP',
      unitPrice: 10000,
      subtotal: 30000,
      discount: 3000,
      total: 27000,
    })
  })

  it('rounds half-up: 1005 at 10% is 101 (100.5 → 101)', () => {
    expect(ok(quote({ event: group(335, 10), quantity: 3, now: NOW }))).toMatchObject({ subtotal: 1005, discount: 101, total: 904 })
  })

  it('rounds below half down: 1004 at 10% is 100', () => {
    expect(ok(quote({ event: group(1004, 10, 1), quantity: 1, now: NOW })).discount).toBe(100)
  })

  it.each([
    [1000, 333], // 333.3
    [1500, 500], // 499.95 → 500
    [3, 1], // 0.9999 → 1
    [1, 0], // 0.3333 → 0
    [10000, 3333],
    [4545, 1515], // 1514.8485 → 1515
  ])('computes 33.33%% of %i as %i', (subtotal, discount) => {
    expect(ok(quote({ event: group(subtotal, 33.33, 1), quantity: 1, now: NOW })).discount).toBe(discount)
  })

  it('handles 12.5% exactly at the half: 1004 → 125.5 → 126', () => {
    expect(ok(quote({ event: group(1004, 12.5, 1), quantity: 1, now: NOW })).discount).toBe(126)
  })

  it('makes the total 0 at 100% and never negative', () => {
    expect(ok(quote({ event: group(9999, 100), quantity: 3, now: NOW }))).toMatchObject({ discount: 29997, total: 0 })
  })

  it('is exact for subtotals whose product with the basis points exceeds 2^53', () => {
    // 9e14 × 3333 ≈ 3e18 > 2^53; expected 9e14 × 0.3333 = 299970000000000
    expect(ok(quote({ event: group(900_000_000_000_000, 33.33, 1), quantity: 1, now: NOW })).discount).toBe(299_970_000_000_000)
    // 4503599627370497 (odd, > 2^52) × 50% = 2251799813685248.5 → 2251799813685249
    expect(ok(quote({ event: group(4_503_599_627_370_497, 50, 1), quantity: 1, now: NOW })).discount).toBe(2_251_799_813_685_249)
  })

  it.each([
    ['percent is 0', group(10000, 0)],
    ['percent is null', group(10000, null)],
    ['groupMinimum is null', group(10000, 20, null)],
  ])('stays REGULAR when %s', (_label, ev) => {
    expect(ok(quote({ event: ev, quantity: 5, now: NOW }))).toMatchObject({ ticketType: 'REGULAR', discount: 0 })
  })
})

describe('quote: invalid configuration throws RangeError', () => {
  it.each([
    ['fractional regularPrice', { regularPrice: 19.99 }],
    ['negative regularPrice', { regularPrice: -1 }],
    ['fractional earlyBirdPrice', { earlyBirdPrice: 0.5, earlyBirdDeadline: DEADLINE }],
    ['maxPerBooking 0', { maxPerBooking: 0 }],
    ['groupMinimum 0', { groupMinimum: 0 }],
    ['percent over 100', { groupDiscountPercent: 101, groupMinimum: 1 }],
    ['negative percent', { groupDiscountPercent: -5, groupMinimum: 1 }],
    ['NaN percent', { groupDiscountPercent: Number.NaN, groupMinimum: 1 }],
    ['invalid currency', { currency: 'EURO' }],
    ['invalid deadline', { earlyBirdPrice: 1, earlyBirdDeadline: 'not a date' }],
  ] as const)('%s', (_label, overrides) => {
    expect(() => quote({ event: event(overrides), quantity: 1, now: NOW })).toThrow(RangeError)
  })

  it('throws on an invalid now, a fractional seatsAvailable and an unsafe subtotal', () => {
    expect(() => quote({ event: event(), quantity: 1, now: new Date('x') })).toThrow(RangeError)
    expect(() => quote({ event: event(), quantity: 1, now: NOW, seatsAvailable: 1.5 })).toThrow(RangeError)
    expect(() => quote({ event: event({ regularPrice: Number.MAX_SAFE_INTEGER }), quantity: 2, now: NOW })).toThrow(RangeError)
  })
})
