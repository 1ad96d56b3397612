import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { limitConcurrency } from './limitConcurrency'

describe('limitConcurrency', () => {
  it('never runs more than `max` at once, runs every call once, in arrival order, and survives failures', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ max: 6, min: 1 }), fc.array(fc.boolean(), { maxLength: 40 }), async (max, failures) => {
        const limit = limitConcurrency(max)
        let running = 0
        let peak = 0
        const started: number[] = []
        const results = await Promise.allSettled(
          failures.map((fails, i) =>
            limit(async () => {
              started.push(i)
              running++
              peak = Math.max(peak, running)
              await Promise.resolve()
              running--
              if (fails) throw new Error(`call ${i}`)
              return i
            }),
          ),
        )
        expect(peak).toBeLessThanOrEqual(max)
        expect(started).toEqual(failures.map((_, i) => i))
        results.forEach((result, i) => expect(result.status).toBe(failures[i] ? 'rejected' : 'fulfilled'))
      }),
    )
  })
})
