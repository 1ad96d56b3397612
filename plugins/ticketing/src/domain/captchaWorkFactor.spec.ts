import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { captchaWorkFactor } from './captchaWorkFactor'

describe('captchaWorkFactor', () => {
  it('is ×10 exactly when more than half of the unsold seats are held', () => {
    expect(captchaWorkFactor({ held: 5, remaining: 10 })).toBe(1)
    expect(captchaWorkFactor({ held: 6, remaining: 10 })).toBe(10)
    expect(captchaWorkFactor({ held: 0, remaining: 0 })).toBe(1)
    fc.assert(
      fc.property(fc.integer({ max: 10_000, min: 0 }), fc.integer({ max: 10_000, min: 0 }), (a, b) => {
        const [held, remaining] = a <= b ? [a, b] : [b, a]
        expect(captchaWorkFactor({ held, remaining })).toBe(held / Math.max(remaining, 1) > 0.5 ? 10 : 1)
      }),
    )
  })
})
