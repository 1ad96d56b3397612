import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { rateMillis, splitTaxInclusive } from './splitTaxInclusive'

const rate = fc.integer({ max: 30_000, min: 0 }).map((millis) => `${Math.floor(millis / 1000)}.${String(millis % 1000).padStart(3, '0')}`)
const taxList = fc.array(fc.record({ name: fc.constantFrom('TVA', 'TPS', 'TVQ', 'GST'), ratePercent: rate }), { maxLength: 3 })
const total = fc.integer({ max: 100_000_000, min: 0 })

/** Exact rational value of total × 100 ÷ (100 + Σ rates), times 2 to compare with halves. */
const exactExclTimes2 = (amount: number, rates: bigint[]) => (2n * BigInt(amount) * 100_000n) / (100_000n + rates.reduce((s, r) => s + r, 0n))

describe('splitTaxInclusive', () => {
  it('splits 1 170,00 € at TVA 20 % into 975,00 € + 195,00 €', () => {
    expect(splitTaxInclusive(117_000, [{ name: 'TVA', ratePercent: '20' }])).toEqual({
      tax: 19_500,
      taxes: [{ amount: 19_500, base: 97_500, name: 'TVA', number: null, ratePercent: '20' }],
      totalExclTax: 97_500,
    })
  })

  it('splits 1 390,00 $ into TPS 5 % and TVQ 9,975 % on 1 208,96 $', () => {
    const split = splitTaxInclusive(139_000, [
      { name: 'TPS', number: '812345678 RT0001', ratePercent: '5' },
      { name: 'TVQ', number: '1234567890 TQ0001', ratePercent: '9.975' },
    ])
    expect(split.totalExclTax).toBe(120_896)
    expect(split.taxes.map((t) => t.amount)).toEqual([6_045, 12_059])
  })

  it('keeps the whole total excluding tax for an exempt seller', () => {
    expect(splitTaxInclusive(39_000, [])).toEqual({ tax: 0, taxes: [], totalExclTax: 39_000 })
  })

  it('adds up exactly, to the minor unit, for every amount and rate', () => {
    fc.assert(
      fc.property(total, taxList, (amount, taxes) => {
        const split = splitTaxInclusive(amount, taxes)
        expect(split.totalExclTax + split.tax).toBe(amount)
        expect(split.taxes.reduce((sum, t) => sum + t.amount, 0)).toBe(split.tax)
        expect(split.taxes.every((t) => Number.isSafeInteger(t.amount) && t.amount >= 0 && t.base === split.totalExclTax)).toBe(true)
      }),
      { numRuns: 2_000 },
    )
  })

  it('rounds the amount excluding tax half-up from the exact value', () => {
    fc.assert(
      fc.property(total, taxList, (amount, taxes) => {
        const twice = exactExclTimes2(amount, taxes.map((t) => rateMillis(t.ratePercent)))
        const excl = BigInt(splitTaxInclusive(amount, taxes).totalExclTax)
        // |excl − exact| ≤ ½ minor unit.
        expect(2n * excl - twice <= 1n && twice - 2n * excl <= 1n).toBe(true)
      }),
      { numRuns: 2_000 },
    )
  })

  it('rounds every tax but the last half-up from excl. × rate, and the last is within two minor units of it (one tax, or two as TPS and TVQ)', () => {
    fc.assert(
      fc.property(total, fc.array(fc.record({ name: fc.constantFrom('TPS', 'TVQ'), ratePercent: rate }), { maxLength: 2, minLength: 1 }), (amount, taxes) => {
        const split = splitTaxInclusive(amount, taxes)
        split.taxes.forEach((line, index) => {
          const exactTimes2 = (2n * BigInt(split.totalExclTax) * rateMillis(line.ratePercent)) / 100_000n
          const diff = 2n * BigInt(line.amount) - exactTimes2
          const bound = index === split.taxes.length - 1 ? 4n : 1n
          expect(diff <= bound && -diff <= bound).toBe(true)
        })
      }),
      { numRuns: 2_000 },
    )
  })

  it('refuses a negative or fractional total and a rate that is not a decimal', () => {
    expect(() => splitTaxInclusive(-1, [])).toThrow(RangeError)
    expect(() => splitTaxInclusive(10.5, [])).toThrow(RangeError)
    expect(() => splitTaxInclusive(100, [{ name: 'TVA', ratePercent: '20 %' }])).toThrow(RangeError)
  })
})
