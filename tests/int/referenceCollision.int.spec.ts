import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { createEvent } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { rest } from '../helpers/rest'
import { book, visitor } from '../helpers/ticketing'

// Collisions are forced: the next references drawn are taken from `forced` (then the real,
// random generator takes over), exactly as a 1-in-10^9 clash would happen.
const forced = vi.hoisted(() => [] as string[])
vi.mock('../../plugins/ticketing/src/domain/reference/generateReference', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../plugins/ticketing/src/domain/reference/generateReference')>()
  return { ...real, generateReference: (options?: Parameters<typeof real.generateReference>[0]) => forced.shift() ?? real.generateReference(options) }
})

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const seatsHeld = async (id: number | string) => (await payload.findByID({ collection: 'city-events', id })).seatsHeld

describe('a booking reference that is already taken is drawn again within the same request', () => {
  it.each([
    ['with an Idempotency-Key (inside the request transaction)', true],
    ['without an Idempotency-Key', false],
  ])('%s', async (_name, withKey) => {
    const event = await createEvent(payload, { capacity: 5 })
    const taken = await book({ eventId: event.id })
    expect(taken.status).toBe(201)
    const fresh = `MC${new Date().getUTCFullYear()}-${withKey ? 'KZZZZ2' : 'NZZZZ2'}`
    forced.push(taken.body.reference, taken.body.reference, fresh)

    const who = visitor()
    const headers: Record<string, string> = { 'X-Forwarded-For': who.ip }
    if (withKey) headers['Idempotency-Key'] = `collision-${who.ip}`
    const res = await rest('POST', '/ticketing/bookings', { body: { buyer: who.buyer, eventId: event.id, quantity: 2, attendees: [{ name: 'A' }, { name: 'B' }] }, headers })

    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.reference).toBe(fresh)
    expect(forced).toEqual([])
    // The attempts that clashed hold nothing: 1 seat for the first booking, 2 for this one.
    expect(await seatsHeld(event.id)).toBe(3)
    const stored = await payload.find({ collection: 'bookings', where: { cityEvent: { equals: event.id } } })
    expect(stored.docs.map((b) => b.reference).sort()).toEqual([taken.body.reference, fresh].sort())
    const attendees = await payload.find({ collection: 'attendees', where: { cityEvent: { equals: event.id } } })
    expect(attendees.totalDocs).toBe(3)
    if (withKey) {
      const replay = await rest('POST', '/ticketing/bookings', { body: { buyer: who.buyer, eventId: event.id, quantity: 2, attendees: [{ name: 'A' }, { name: 'B' }] }, headers })
      expect(replay.body).toEqual(res.body)
      expect(await seatsHeld(event.id)).toBe(3)
    }
  })
})
