import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { WEBHOOK_MAX_ATTEMPTS, webhookRetryDelaySeconds } from './webhookRetry'

describe('webhookRetryDelaySeconds', () => {
  it('backs off from 30 s, doubling, capped at an hour', () => {
    expect([1, 2, 3, 4, 7, 8, 9].map(webhookRetryDelaySeconds)).toEqual([30, 60, 120, 240, 1920, 3600, 3600])
  })

  it('gives up after the last attempt', () => {
    expect(webhookRetryDelaySeconds(WEBHOOK_MAX_ATTEMPTS)).toBeNull()
    expect(webhookRetryDelaySeconds(WEBHOOK_MAX_ATTEMPTS + 5)).toBeNull()
  })

  it('never shrinks from one attempt to the next while retrying', () => {
    fc.assert(
      fc.property(fc.integer({ max: WEBHOOK_MAX_ATTEMPTS - 2, min: 1 }), (n) => webhookRetryDelaySeconds(n + 1)! >= webhookRetryDelaySeconds(n)!),
    )
  })

  it('refuses a count that is not a positive integer', () => {
    expect(() => webhookRetryDelaySeconds(0)).toThrow(RangeError)
    expect(() => webhookRetryDelaySeconds(1.5)).toThrow(RangeError)
  })
})
