import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allocateNetAmounts } from './allocateNetAmounts'

/** TVA 20 %: excl. = half-up round of total × 100 ÷ 120, as documents are issued. */
const exclAt20 = (total: number) => Math.floor((total * 100 * 2 + 120) / 240)

describe('allocateNetAmounts', () => {
  it('prints 2 seats at 450 € TTC less a 90 € group discount at TVA 20 %', () => {
    const total = 90_000 - 9_000
    expect(allocateNetAmounts({ discounts: [9_000], lines: [90_000], total, totalExclTax: exclAt20(total) })).toEqual({
      discounts: [7_500],
      lines: [75_000],
    })
  })

  it('gives the rounding cent to the line with the largest remainder', () => {
    // 3 × 1.00 € at 20 %: 2.50 € excl. over three equal lines.
    expect(allocateNetAmounts({ discounts: [], lines: [100, 100, 100], total: 300, totalExclTax: 250 }).lines).toEqual([84, 83, 83])
  })

  it('keeps every amount when there is no tax', () => {
    expect(allocateNetAmounts({ discounts: [5_000, 1_234], lines: [45_000, 30_000], total: 68_766, totalExclTax: 68_766 })).toEqual({
      discounts: [5_000, 1_234],
      lines: [45_000, 30_000],
    })
  })

  it('refuses lines and discounts that do not make the total', () => {
    expect(() => allocateNetAmounts({ discounts: [100], lines: [1_000], total: 1_000, totalExclTax: 833 })).toThrow(RangeError)
    expect(() => allocateNetAmounts({ discounts: [], lines: [1_000], total: 1_000, totalExclTax: 1_001 })).toThrow(RangeError)
    expect(() => allocateNetAmounts({ discounts: [], lines: [10.5], total: 10.5, totalExclTax: 10 })).toThrow(RangeError)
  })

  it('always adds up exactly, and no line or discount is more than one unit from its share', () => {
    const documents = fc
      .record({
        discountShares: fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 2 }),
        lines: fc.array(fc.integer({ min: 0, max: 5_000_000 }), { maxLength: 5, minLength: 1 }),
        rateMilliPercent: fc.constantFrom(0, 50, 55, 100, 149_75, 200),
      })
      .map(({ discountShares, lines, rateMilliPercent }) => {
        const gross = lines.reduce((a, b) => a + b, 0)
        // Discounts take at most half of the lines between them.
        const discounts = discountShares.map((share) => Math.floor((gross * share) / 400))
        const total = gross - discounts.reduce((a, b) => a + b, 0)
        const totalExclTax = Math.floor((total * 100_000 * 2 + (100_000 + rateMilliPercent)) / (2 * (100_000 + rateMilliPercent)))
        return { discounts, lines, total, totalExclTax }
      })
    fc.assert(
      fc.property(documents, (input) => {
        const net = allocateNetAmounts(input)
        const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
        expect(sum(net.lines) - sum(net.discounts)).toBe(input.totalExclTax)
        const ratio = input.total === 0 ? 0 : input.totalExclTax / input.total
        net.discounts.forEach((amount, i) => expect(Math.abs(amount - input.discounts[i] * ratio)).toBeLessThanOrEqual(0.5 + 1e-6))
        net.lines.forEach((amount, i) => {
          expect(amount).toBeLessThanOrEqual(input.lines[i] + 1)
          expect(Math.abs(amount - input.lines[i] * ratio)).toBeLessThanOrEqual(1 + input.discounts.length)
        })
      }),
    )
  })
})
