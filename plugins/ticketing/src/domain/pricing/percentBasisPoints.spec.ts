import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { percentBasisPoints } from './percentBasisPoints'

describe('percentBasisPoints', () => {
  it.each([
    [17.15, 1715],
    [33.33, 3333],
    [0.01, 1],
    [12.5, 1250],
    [100, 10000],
    [0, 0],
    [1.1, 110],
  ])('%d%% is %i basis points', (percent, expected) => {
    expect(percentBasisPoints(percent)).toBe(expected)
  })

  it.each([[10.125], [33.333], [0.001], [1e-7], [-1], [Number.NaN], [Number.POSITIVE_INFINITY], ['17.15'], [null]])(
    'refuses %s',
    (percent) => {
      expect(percentBasisPoints(percent)).toBeNull()
    },
  )

  it('reads every two-decimal percentage in [0, 100] exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (bp) => {
        expect(percentBasisPoints(bp / 100)).toBe(bp)
        expect(percentBasisPoints(Number(`${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, '0')}`))).toBe(bp)
      }),
    )
  })

  it('refuses every percentage with a third decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }).filter((m) => m % 10 !== 0), (milli) => {
        expect(percentBasisPoints(milli / 1000)).toBeNull()
      }),
    )
  })
})
