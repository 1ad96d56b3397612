import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateEventRules } from './validateEventRules'

const group = (groupDiscountPercent: number) =>
  validateEventRules({ groupDiscountPercent, groupMinimum: 3 }).filter((e) => e.path === 'groupDiscountPercent')

describe('validateEventRules: group discount', () => {
  it.each([[33.33], [17.15], [0.01], [100], [12.5], [99.99]])('accepts %s percent', (percent) => {
    expect(group(percent)).toEqual([])
  })

  it.each([[0], [-5], [100.01], [120], [10.125], [33.333]])('refuses %s percent', (percent) => {
    expect(group(percent)).toHaveLength(1)
  })

  it('accepts every percentage with at most two decimals in (0, 100]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (bp) => {
        expect(group(bp / 100)).toEqual([])
      }),
      { numRuns: 2_000 },
    )
  })
})
