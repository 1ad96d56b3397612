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

describe('validateEventRules: seller', () => {
  const sellerError = (event: Parameters<typeof validateEventRules>[0]) => validateEventRules(event).filter((e) => e.path === 'seller')

  it('refuses to publish a paid event without a seller', () => {
    expect(sellerError({ regularPrice: 45_000, status: 'PUBLISHED' })).toHaveLength(1)
  })

  it('publishes a paid event with a seller, a free one without, and keeps a draft without', () => {
    expect(sellerError({ regularPrice: 45_000, seller: 3, status: 'PUBLISHED' })).toEqual([])
    expect(sellerError({ regularPrice: 0, status: 'PUBLISHED' })).toEqual([])
    expect(sellerError({ regularPrice: 45_000, status: 'DRAFT' })).toEqual([])
  })
})
