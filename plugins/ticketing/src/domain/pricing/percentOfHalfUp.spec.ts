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
