import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startAppProcess } from '../helpers/appProcess'
import { createEvent } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { visitor } from '../helpers/ticketing'

let payload: Payload
const apps: Awaited<ReturnType<typeof startAppProcess>>[] = []

beforeAll(async () => {
  payload = await getTestPayload()
  apps.push(...(await Promise.all([startAppProcess(), startAppProcess()])))
}, 120_000)

afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()))
})

const counts = async (eventId: number) => {
  const { rows } = (await (payload.db as unknown as PostgresAdapter).drizzle.execute(sql`
    SELECT e.seats_held, e.seats_confirmed, e.status,
      (SELECT count(*) FROM bookings b WHERE b.city_event_id = e.id) AS bookings,
      (SELECT coalesce(sum(quantity), 0) FROM bookings b WHERE b.city_event_id = e.id AND b.status = 'PENDING') AS pending_seats,
      (SELECT count(*) FROM attendees a WHERE a.city_event_id = e.id) AS attendees
    FROM city_events e WHERE e.id = ${eventId}`)) as unknown as { rows: Record<string, unknown>[] }
  return Object.fromEntries(Object.entries(rows[0]).map(([k, v]) => [k, k === 'status' ? v : Number(v)]))
}

const post = (baseUrl: string, eventId: number) => {
  const who = visitor()
  return fetch(`${baseUrl}/api/ticketing/bookings`, {
    body: JSON.stringify({ buyer: who.buyer, eventId, quantity: 1 }),
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': who.ip },
    method: 'POST',
  }).then(async (res) => ({ body: await res.json(), status: res.status }))
}

describe('the last seats, wanted by many at once', () => {
  it('100 concurrent requests over HTTP to two app processes on one database: exactly 5 holds for 5 seats', async () => {
    const event = await createEvent(payload, { capacity: 5 })
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => post(apps[i % 2].url, event.id)))
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(5)
    expect(statuses.filter((s) => s === 409)).toHaveLength(95)
    expect(new Set(results.filter((r) => r.status === 409).map((r) => r.body.error.code))).toEqual(new Set(['SOLD_OUT']))
    expect(await counts(event.id)).toMatchObject({ attendees: 5, bookings: 5, pending_seats: 5, seats_confirmed: 0, seats_held: 5, status: 'SOLD_OUT' })
  })

  it('mixed quantities never oversell: the seats taken equal the seats of the accepted bookings', async () => {
    const event = await createEvent(payload, { capacity: 17 })
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => {
        const quantity = (i % 4) + 1
        const who = visitor()
        return fetch(`${apps[i % 2].url}/api/ticketing/bookings`, {
          body: JSON.stringify({ attendees: Array.from({ length: quantity }, (_, n) => ({ name: `A${n}` })), buyer: who.buyer, eventId: event.id, quantity }),
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': who.ip },
          method: 'POST',
        }).then(async (res) => ({ body: await res.json(), quantity, status: res.status }))
      }),
    )
    const taken = results.filter((r) => r.status === 201).reduce((sum, r) => sum + r.quantity, 0)
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true)
    const after = await counts(event.id)
    expect(after.seats_held).toBe(taken)
    expect(after.pending_seats).toBe(taken)
    expect(taken).toBeLessThanOrEqual(17)
  })
})
