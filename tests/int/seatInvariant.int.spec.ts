import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import fc from 'fast-check'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { expireHolds } from '../../plugins/ticketing/src/operations/seats/expireHolds'
import { createEvent } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { rest } from '../helpers/rest'
import { bearer, book } from '../helpers/ticketing'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const db = () => (payload.db as unknown as PostgresAdapter).drizzle

type Op = { kind: 'book'; quantity: number; free: boolean } | { kind: 'cancel' | 'age'; pick: number } | { kind: 'job' }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ free: fc.constant(false), kind: fc.constant('book' as const), quantity: fc.integer({ max: 4, min: 1 }) }),
  fc.record({ kind: fc.constantFrom('cancel' as const, 'age' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('job' as const) }),
)

const invariant = async (eventId: number) => {
  const { rows } = (await db().execute(sql`
    SELECT e.capacity, e.seats_held, e.seats_confirmed, e.status,
      coalesce((SELECT sum(quantity) FROM bookings WHERE city_event_id = e.id AND status = 'PENDING'), 0) AS pending,
      coalesce((SELECT sum(quantity) FROM bookings WHERE city_event_id = e.id AND status = 'CONFIRMED'), 0) AS confirmed
    FROM city_events e WHERE e.id = ${eventId}`)) as unknown as { rows: Record<string, string>[] }
  const row = Object.fromEntries(Object.entries(rows[0]).map(([k, v]) => [k, k === 'status' ? v : Number(v)]))
  expect(row.seats_held).toBe(row.pending)
  expect(row.seats_confirmed).toBe(row.confirmed)
  expect(Number(row.seats_held) + Number(row.seats_confirmed)).toBeLessThanOrEqual(Number(row.capacity))
  expect(row.status).toBe(Number(row.capacity) - Number(row.seats_held) - Number(row.seats_confirmed) === 0 ? 'SOLD_OUT' : 'PUBLISHED')
}

describe('seat counters under a random concurrent mix of book / cancel / expire', () => {
  it('always equal the bookings that hold seats, never exceed capacity, and drive SOLD_OUT', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ max: 6, min: 1 }), fc.array(fc.array(op, { maxLength: 6, minLength: 1 }), { maxLength: 5, minLength: 1 }), async (capacity, batches) => {
        const event = await createEvent(payload, { capacity })
        const held: { accessToken: string; reference: string }[] = []
        for (const batch of batches) {
          await Promise.all(
            batch.map(async (step) => {
              if (step.kind === 'book') {
                const res = await book({ attendees: Array.from({ length: step.quantity }, (_, i) => ({ name: `P${i}` })), eventId: event.id, quantity: step.quantity })
                expect([201, 409]).toContain(res.status)
                if (res.status === 201) held.push(res.body)
              } else if (step.kind === 'job') {
                // The job's operation itself, run concurrently with visitors (one job runner per deployment).
                await expireHolds({ req: await createLocalReq({}, payload) })
              } else if (held.length) {
                const target = held[step.pick % held.length]
                if (step.kind === 'cancel') {
                  const res = await rest('POST', `/ticketing/bookings/${target.reference}/cancel`, { headers: bearer(target.accessToken) })
                  expect([200, 409]).toContain(res.status)
                } else {
                  await db().execute(sql`UPDATE bookings SET expires_at = now() - interval '1 second' WHERE reference = ${target.reference}`)
                }
              }
            }),
          )
          await invariant(event.id)
        }
      }),
      { numRuns: 12 },
    )
  })
})
