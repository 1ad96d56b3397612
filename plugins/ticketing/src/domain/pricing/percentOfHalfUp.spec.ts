import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { percentOfHalfUp } from './percentOfHalfUp'

describe('percentOfHalfUp', () => {
  it.each([
    [1005, 10, 101],
    [1004, 10, 100],
    [1000, 33.33, 333],
    [1500, 33.33, 500],
    [1004, 12.5, 126],
    [0, 50, 0],
    [999, 0, 0],
    [999, 100, 999],
    [1, 0.01, 0],
    [5000, 0.01, 1], // 0.5 → 1
  ])('%i × %d%% = %i (half-up)', (amount, percent, expected) => {
    expect(percentOfHalfUp(amount, percent)).toBe(expected)
  })

  it.each([
    [-1, 10],
    [1.5, 10],
    [Number.MAX_SAFE_INTEGER + 1, 10],
    [100, -0.01],
    [100, 100.01],
    [100, Number.NaN],
  ])('throws a RangeError for amount %d and percent %d', (amount, percent) => {
    expect(() => percentOfHalfUp(amount, percent)).toThrow(RangeError)
  })
})

describe('percentOfHalfUp (property)', () => {
  it('uses every two-decimal percentage exactly: (amount × basis points + 5000) ÷ 10000, floored', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 10_000 }), (amount, bp) => {
        const expected = Number((BigInt(amount) * BigInt(bp) + 5000n) / 10000n)
        expect(percentOfHalfUp(amount, bp / 100)).toBe(expected)
      }),
      { numRuns: 5_000 },
    )
  })

  it('takes 17.15 % of 11000 as 1887 (1886.5 rounded half-up)', () => {
    expect(percentOfHalfUp(11000, 17.15)).toBe(1887)
  })
})
