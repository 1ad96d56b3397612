import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { LULL_MS, MAX_WAIT_MS, waitForLull } from './deliveryLull'

// Fake timers: the clock moves only when the test moves it, so these run in no time and the
// same way on a busy machine.

/** Whether `promise` has settled after the clock moved `ms` forward. */
const settledAfter = async (promise: Promise<void>, ms: number) => {
  let settled = false
  void promise.then(() => (settled = true))
  await vi.advanceTimersByTimeAsync(ms)
  return settled
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('the webhook worker waits for a lull in deliveries', () => {
  it('claims at once when no delivery came in the last LULL_MS', async () => {
    expect(await settledAfter(waitForLull({ lastDeliveryAt: 0 }), 0)).toBe(true)
    expect(await settledAfter(waitForLull({ lastDeliveryAt: Date.now() - LULL_MS }), 0)).toBe(true)
  })

  it('waits while deliveries keep arriving, and claims LULL_MS after the last one', async () => {
    const clock = { lastDeliveryAt: Date.now() }
    const waiting = waitForLull(clock)
    let settled = false
    void waiting.then(() => (settled = true))
    // A delivery every 5 ms for 200 ms: the worker stays out of the way.
    for (let t = 0; t < 200; t += 5) {
      await vi.advanceTimersByTimeAsync(5)
      clock.lastDeliveryAt = Date.now()
      expect(settled).toBe(false)
    }
    await vi.advanceTimersByTimeAsync(LULL_MS - 1)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(settled).toBe(true)
  })

  it('never waits more than MAX_WAIT_MS, however steady the stream', async () => {
    const clock = { lastDeliveryAt: Date.now() }
    const waiting = waitForLull(clock)
    let settled = false
    void waiting.then(() => (settled = true))
    for (let t = 0; t < MAX_WAIT_MS - 5; t += 5) {
      await vi.advanceTimersByTimeAsync(5)
      clock.lastDeliveryAt = Date.now()
    }
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(5)
    expect(settled).toBe(true)
  })
})
