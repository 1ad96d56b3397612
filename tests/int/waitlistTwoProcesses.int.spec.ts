import { sql } from '@payloadcms/db-postgres/drizzle'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runWaitlistOffers } from '../../plugins/ticketing/src/operations/waitlist/runWaitlistOffers'
import { sanitizeConfig } from '../../plugins/ticketing/src/sanitizeConfig'
import { startAppProcess } from '../helpers/appProcess'
import { createEvent } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { sqlRows } from '../helpers/payments'
import { bearer, book, visitor } from '../helpers/ticketing'

let payload: Payload
const apps: Awaited<ReturnType<typeof startAppProcess>>[] = []

beforeAll(async () => {
  payload = await getTestPayload()
  apps.push(...(await Promise.all([startAppProcess(), startAppProcess()])))
}, 120_000)

afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()))
})

const post = async (baseUrl: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${baseUrl}/api${path}`, { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers }, method: 'POST' })
  return { body: await res.json(), status: res.status }
}

/** The offers job, as the job runner runs it (each call its own transactions). */
const runJob = async () => runWaitlistOffers({ config: sanitizeConfig({}, payload.config as never), req: await createLocalReq({}, payload) })

const seats = async (eventId: number) => {
  const [row] = await sqlRows(payload, sql`SELECT capacity, seats_confirmed, seats_held, seats_offered, seats_waiting FROM city_events WHERE id = ${eventId}`)
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]))
}

describe('the waiting list across two app processes on one database', () => {
  it('seats freed at once in both processes, while the public tries to book them and two offer runs race, all go to the list in order, none to the public', async () => {
    const capacity = 8
    const event = await createEvent(payload, { capacity })
    const holds: { accessToken: string; reference: string }[] = []
    for (let i = 0; i < capacity; i += 1) holds.push((await book({ eventId: event.id })).body)
    // Nine wait (one seat each), in this order; the ninth gets nothing.
    const entries: number[] = []
    for (let i = 0; i < capacity + 1; i += 1) {
      const who = visitor()
      const joined = await post(apps[i % 2].url, `/ticketing/events/${event.id}/waitlist`, { email: who.buyer.email, name: who.buyer.name, quantity: 1 }, { 'X-Forwarded-For': who.ip })
      expect(joined.status).toBe(201)
      entries.push(Number((await sqlRows(payload, sql`SELECT id FROM waitlist_entries WHERE email = ${who.buyer.email}`))[0].id))
    }

    const publicTries: Promise<{ status: number }>[] = []
    const cancels = holds.map((hold, i) => post(apps[i % 2].url, `/ticketing/bookings/${hold.reference}/cancel`, {}, bearer(hold.accessToken)))
    for (let i = 0; i < 40; i += 1) {
      const who = visitor()
      publicTries.push(post(apps[i % 2].url, '/ticketing/bookings', { buyer: who.buyer, eventId: event.id, quantity: 1 }, { 'X-Forwarded-For': who.ip }))
    }
    const [cancelled, tried] = await Promise.all([Promise.all(cancels), Promise.all(publicTries), runJob(), runJob()])
    expect(cancelled.map((r) => r.status)).toEqual(Array(capacity).fill(200))
    // Not one freed seat was sold to the public while people waited.
    expect(tried.filter((r) => r.status === 201)).toEqual([])
    expect(new Set(tried.map((r) => r.status))).toEqual(new Set([409]))

    // Whatever the runs raced past, the next one offers the rest: the first eight, one seat each.
    await runJob()
    const after = await sqlRows(payload, sql`SELECT id, status, offered_quantity FROM waitlist_entries WHERE city_event_id = ${event.id} ORDER BY created_at, id`)
    expect(after.map((e) => Number(e.id))).toEqual(entries)
    expect(after.map((e) => [e.status, e.offered_quantity === null ? null : Number(e.offered_quantity)])).toEqual([...Array(capacity).fill(['OFFERED', 1]), ['WAITING', null]])
    expect(await seats(event.id)).toEqual({ capacity, seats_confirmed: 0, seats_held: 0, seats_offered: capacity, seats_waiting: 1 })
  })
})
