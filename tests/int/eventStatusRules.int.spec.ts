import config from '../helpers/testPayloadConfig'
import { sql } from '@payloadcms/db-postgres/drizzle'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createEvent, createStaff, DAYS, defaultSeller } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { sqlRows } from '../helpers/payments'
import { rest } from '../helpers/rest'
import { book } from '../helpers/ticketing'

let payload: Payload
let editor: string
let admin: string

beforeAll(async () => {
  payload = await getTestPayload()
  editor = (await createStaff(payload, ['editor'])).token
  admin = (await createStaff(payload, ['admin'])).token
})

const statusOf = async (id: number) => (await payload.findByID({ collection: 'city-events', id })).status
const patch = (id: number, data: Record<string, unknown>, token: string) => rest('PATCH', `/city-events/${id}`, { body: data, token })
/** Payload's 400: a ValidationError naming the status field and why. */
const expectRefused = (res: Awaited<ReturnType<typeof patch>>, why: RegExp) => {
  expect(res.status, JSON.stringify(res.body)).toBe(400)
  expect(res.body.errors[0].data.errors[0]).toMatchObject({ message: expect.stringMatching(why), path: 'status' })
}
const withBooking = async (data: Record<string, unknown> = {}) => {
  const event = await createEvent(payload, { capacity: 10, ...data })
  expect((await book({ eventId: event.id })).status).toBe(201)
  return event.id as number
}
/** PostgreSQL's own message when a statement fails (Drizzle wraps it), or null when it succeeds. */
const sqlRefusal = async (statement: ReturnType<typeof sql>) => {
  try {
    await sqlRows(payload, statement)
    return null
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause
    return cause?.message ?? (error as Error).message
  }
}
/** What the cancel-and-refund action does to the row (db/cancellations/startEventCancellation). */
const cancelInSql = (id: number) => sqlRows(payload, sql`UPDATE city_events SET status = 'CANCELLED', updated_at = now() WHERE id = ${id}`)

describe('event status rules, on every path', () => {
  it('an editor cannot stop the sales of an event with bookings: no CANCELLED, no DRAFT, no SOLD_OUT, no COMPLETED', async () => {
    const id = await withBooking()
    expectRefused(await patch(id, { status: 'CANCELLED' }, editor), /Cancel event/)
    expectRefused(await patch(id, { status: 'DRAFT' }, editor), /bookings cannot go back to draft/)
    expectRefused(await patch(id, { status: 'SOLD_OUT' }, editor), /follows the seats/)
    expectRefused(await patch(id, { status: 'COMPLETED' }, editor), /Only an admin/)
    expect(await statusOf(id)).toBe('PUBLISHED')
  })

  it('nobody cancels by changing the status, not even an admin or the Local API: only the cancel-and-refund action', async () => {
    const id = await withBooking()
    expectRefused(await patch(id, { status: 'CANCELLED' }, admin), /Cancel event/)
    await expect(payload.update({ collection: 'city-events', data: { status: 'CANCELLED' }, id })).rejects.toThrow(/status/)
    expect(await statusOf(id)).toBe('PUBLISHED')
  })

  it('a cancelled event is never reopened: not over REST, GraphQL or the Local API, nor by SQL written by hand', async () => {
    const id = await withBooking()
    await cancelInSql(id)
    for (const status of ['PUBLISHED', 'DRAFT', 'SOLD_OUT', 'COMPLETED']) expectRefused(await patch(id, { status }, admin), /stays cancelled/)
    await expect(payload.update({ collection: 'city-events', data: { status: 'PUBLISHED' }, id })).rejects.toThrow(/status/)
    const response = await GRAPHQL_POST(config)(
      new Request('http://localhost:3000/api/graphql', {
        body: JSON.stringify({ query: `mutation { updateCityEvent(id: ${id}, data: { status: PUBLISHED }) { status } }` }),
        headers: { Authorization: `JWT ${admin}`, 'Content-Type': 'application/json' },
        method: 'POST',
      }),
    )
    const graphql = (await response.json()) as { errors?: { message: string }[] }
    expect(graphql.errors?.length).toBeGreaterThan(0)
    expect(await sqlRefusal(sql`UPDATE city_events SET status = 'PUBLISHED' WHERE id = ${id}`)).toMatch(/a cancelled event stays cancelled/)
    expect(await statusOf(id)).toBe('CANCELLED')
  })

  it('PostgreSQL refuses DRAFT for an event with bookings, whatever writes it', async () => {
    const id = await withBooking()
    expect(await sqlRefusal(sql`UPDATE city_events SET status = 'DRAFT' WHERE id = ${id}`)).toMatch(/an event with bookings cannot go back to draft/)
    expect(await statusOf(id)).toBe('PUBLISHED')
  })

  it('what stays allowed: publish a draft, unpublish an event without bookings, an admin completes an event or moves its dates, a cancelled event edited otherwise', async () => {
    const draft = (await createEvent(payload, { status: 'DRAFT' })).id as number
    expect((await patch(draft, { status: 'PUBLISHED' }, editor)).status).toBe(200)
    expect((await patch(draft, { status: 'DRAFT' }, editor)).status).toBe(200)
    const id = await withBooking()
    expect((await patch(id, { endsAt: DAYS(71), startsAt: DAYS(70) }, admin)).status).toBe(200)
    expect((await patch(id, { status: 'COMPLETED' }, admin)).status).toBe(200)
    const cancelled = await withBooking()
    await cancelInSql(cancelled)
    expect((await patch(cancelled, { status: 'CANCELLED', title: 'Annulé' }, editor)).status).toBe(200)
  })

  it('an event is created in any status but SOLD_OUT', async () => {
    const base = { capacity: 10, city: 'Lille', country: 'FR', currency: 'EUR', regularPrice: 1000, seller: await defaultSeller(payload), startsAt: DAYS(30), timezone: 'Europe/Paris', title: 'Lille' }
    for (const status of ['DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED']) {
      expect((await rest('POST', '/city-events', { body: { ...base, slug: `lille-${status.toLowerCase()}-${Date.now()}`, status }, token: admin })).status).toBe(201)
    }
    const soldOut = await rest('POST', '/city-events', { body: { ...base, slug: `lille-sold-${Date.now()}`, status: 'SOLD_OUT' }, token: admin })
    expect(soldOut.status).toBe(400)
  })
})
