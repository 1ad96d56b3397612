import fs from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres/drizzle'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { runWaitlistOffers } from '../../plugins/ticketing/src/operations/waitlist/runWaitlistOffers'
import { sanitizeConfig } from '../../plugins/ticketing/src/sanitizeConfig'
import { createEvent, createStaff, DAYS } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { sqlRows } from '../helpers/payments'
import { rest } from '../helpers/rest'
import { bearer, book, visitor } from '../helpers/ticketing'

let payload: Payload
let finance: string

beforeAll(async () => {
  payload = await getTestPayload()
  finance = (await createStaff(payload, ['finance'])).token
})

const join = (eventId: number | string, body: Record<string, unknown> = {}, ip = visitor().ip) => {
  const who = visitor()
  return rest('POST', `/ticketing/events/${eventId}/waitlist`, { body: { email: who.buyer.email, name: who.buyer.name, quantity: 1, ...body }, headers: { 'X-Forwarded-For': ip } })
}
const entryOf = (token: string) => rest('GET', `/ticketing/waitlist/${token}`)
const leave = (token: string) => rest('DELETE', `/ticketing/waitlist/${token}`)
const runJob = async () => runWaitlistOffers({ config: sanitizeConfig({}, payload.config as never), req: await createLocalReq({}, payload) })
const seats = async (eventId: number) => {
  const [row] = await sqlRows(payload, sql`SELECT capacity, seats_confirmed, seats_held, seats_offered, seats_waiting, status FROM city_events WHERE id = ${eventId}`)
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, k === 'status' ? v : Number(v)]))
}
/** A sold-out event of `capacity` seats: each seat held by its own booking (returned, to cancel later). */
const soldOut = async (capacity: number, data: Record<string, unknown> = {}) => {
  const event = await createEvent(payload, { capacity, ...data })
  const holds = []
  for (let i = 0; i < capacity; i += 1) holds.push((await book({ eventId: event.id })).body)
  return { event, holds }
}
const cancel = (hold: { accessToken: string; reference: string }) => rest('POST', `/ticketing/bookings/${hold.reference}/cancel`, { headers: bearer(hold.accessToken) })

describe('joining the waiting list', () => {
  it('a sold-out event takes entries in order: 201 with token, position and status WAITING; GET tells the position', async () => {
    const { event } = await soldOut(1)
    const first = await join(event.id, { quantity: 2 })
    const second = await join(event.id)
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ position: 1, quantity: 2, status: 'WAITING' })
    expect(second.body).toMatchObject({ position: 2, quantity: 1, status: 'WAITING' })
    expect((await entryOf(second.body.token)).body).toMatchObject({ position: 2, quantity: 1, status: 'WAITING' })
    expect(await seats(event.id)).toMatchObject({ seats_held: 1, seats_waiting: 3, status: 'SOLD_OUT' })
  })

  it('409 SEATS_AVAILABLE while the seats wanted are free; allowed when fewer are free than wanted', async () => {
    const event = await createEvent(payload, { capacity: 3 })
    const refused = await join(event.id, { quantity: 3 })
    expect(refused.status).toBe(409)
    expect(refused.body.error.code).toBe('SEATS_AVAILABLE')
    expect((await join(event.id, { quantity: 4 })).status).toBe(201)
  })

  it('one live entry per email and event (ignoring case): 409 ALREADY_WAITING; after leaving, the email may join again', async () => {
    const { event } = await soldOut(1)
    const first = await join(event.id, { email: 'Same.Person@example.com' })
    const again = await join(event.id, { email: 'same.person@EXAMPLE.com' })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('ALREADY_WAITING')
    expect((await leave(first.body.token)).body.status).toBe('LEFT')
    expect(await seats(event.id)).toMatchObject({ seats_waiting: 0 })
    expect((await join(event.id, { email: 'same.person@example.com' })).status).toBe(201)
  })

  it('bad input is 400 VALIDATION per field, unknown events 404, a wrong token 404', async () => {
    const { event } = await soldOut(1)
    const bad = await join(event.id, { email: 'nope', extra: 1, quantity: 0 })
    expect(bad.status).toBe(400)
    expect(bad.body.error.code).toBe('VALIDATION')
    expect((await join(event.id, { quantity: 99 })).status).toBe(400)
    expect((await join('no-such-event')).status).toBe(404)
    expect((await entryOf('w1.1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404)
    expect((await entryOf('garbage')).status).toBe(404)
  })

  it('rate limited like bookings: 30 joins per address per 10 minutes, then 429', async () => {
    const { event } = await soldOut(1)
    const ip = visitor().ip
    for (let i = 0; i < 30; i += 1) expect((await join(event.id, {}, ip)).status).toBe(201)
    const over = await join(event.id, {}, ip)
    expect(over.status).toBe(429)
    expect(over.headers.get('retry-after')).toBeTruthy()
  })
})

describe('offers', () => {
  it('a seat that comes back is offered to the first entry it can serve; an earlier entry wanting more keeps its place', async () => {
    const { event, holds } = await soldOut(2)
    const big = await join(event.id, { quantity: 2 })
    const small = await join(event.id, { quantity: 1 })
    await cancel(holds[0])
    // Freed seats are not sold to the public while anyone waits.
    const publicTry = await book({ eventId: event.id })
    expect(publicTry.status).toBe(409)
    expect(publicTry.body.error.code).toBe('SOLD_OUT')
    await runJob()
    expect((await entryOf(big.body.token)).body).toMatchObject({ position: 1, status: 'WAITING' })
    const offered = (await entryOf(small.body.token)).body
    expect(offered).toMatchObject({ offer: { quantity: 1 }, status: 'OFFERED' })
    expect(new Date(offered.offer.expiresAt).getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000)
    expect(await seats(event.id)).toMatchObject({ seats_held: 1, seats_offered: 1, seats_waiting: 2 })
    // While seats are offered and none is free, the quote shows 0.
    expect((await rest('GET', `/ticketing/events/${event.id}/quote?quantity=1`)).body.seatsAvailable).toBe(0)
  })

  it('acceptPartial takes what is free; an offer never lasts past the end of sales', async () => {
    const salesCloseAt = new Date(Date.now() + 2 * 3_600_000).toISOString()
    const { event, holds } = await soldOut(2, { salesCloseAt })
    const partial = await join(event.id, { acceptPartial: true, quantity: 2 })
    await cancel(holds[0])
    await runJob()
    const view = (await entryOf(partial.body.token)).body
    expect(view).toMatchObject({ offer: { quantity: 1 }, quantity: 2, status: 'OFFERED' })
    expect(new Date(view.offer.expiresAt).getTime()).toBe(new Date(salesCloseAt).getTime())
  })

  it('booking with the offer token turns the offered seats into a hold (any buyer email); fewer seats than offered leaves the rest to the next entry', async () => {
    const { event, holds } = await soldOut(3)
    const first = await join(event.id, { quantity: 2 })
    const second = await join(event.id, { quantity: 1 })
    await cancel(holds[0])
    await cancel(holds[1])
    await runJob()
    expect((await entryOf(first.body.token)).body.status).toBe('OFFERED')
    const booked = await book({ eventId: event.id, waitlistToken: first.body.token })
    expect(booked.status).toBe(201)
    expect(booked.body.status).toBe('PENDING')
    expect((await entryOf(first.body.token)).body.status).toBe('BOOKED')
    // The seat not taken went to the next entry at once.
    expect((await entryOf(second.body.token)).body).toMatchObject({ offer: { quantity: 1 }, status: 'OFFERED' })
    expect(await seats(event.id)).toMatchObject({ seats_held: 2, seats_offered: 1, seats_waiting: 0 })
    // A used token books nothing more.
    const again = await book({ eventId: event.id, waitlistToken: first.body.token })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('WAITLIST_OFFER_INVALID')
  })

  it('a declined offer goes to the next entry; an offer that runs out ends EXPIRED and moves on', async () => {
    const { event, holds } = await soldOut(1)
    const a = await join(event.id)
    const b = await join(event.id)
    const c = await join(event.id)
    await cancel(holds[0])
    await runJob()
    expect((await entryOf(a.body.token)).body.status).toBe('OFFERED')
    expect((await leave(a.body.token)).body.status).toBe('LEFT')
    expect((await entryOf(b.body.token)).body.status).toBe('OFFERED')
    await sqlRows(payload, sql`UPDATE waitlist_entries SET offer_expires_at = now() - interval '1 second' WHERE status = 'OFFERED' AND city_event_id = ${event.id}`)
    await runJob()
    expect((await entryOf(b.body.token)).body.status).toBe('EXPIRED')
    expect((await entryOf(c.body.token)).body.status).toBe('OFFERED')
    const expired = await book({ eventId: event.id, waitlistToken: b.body.token })
    expect(expired.body.error.code).toBe('WAITLIST_OFFER_INVALID')
  })

  it('capacity grows: the new seats go to the list first', async () => {
    const { event } = await soldOut(1)
    const a = await join(event.id, { quantity: 2 })
    await payload.update({ collection: 'city-events', data: { capacity: 4 } as never, id: event.id })
    // The seat nobody waits for is the public's; the two the entry waits for are not.
    expect((await book({ eventId: event.id })).status).toBe(201)
    expect((await book({ eventId: event.id })).status).toBe(409)
    await runJob()
    expect((await entryOf(a.body.token)).body).toMatchObject({ offer: { quantity: 2 }, status: 'OFFERED' })
    expect(await seats(event.id)).toMatchObject({ capacity: 4, seats_held: 2, seats_offered: 2, seats_waiting: 0 })
  })

  it('"offer now" (sales staff) offers at once; visitors and editors cannot', async () => {
    const { event, holds } = await soldOut(1)
    const a = await join(event.id)
    await cancel(holds[0])
    const [entry] = await sqlRows(payload, sql`SELECT id FROM waitlist_entries WHERE city_event_id = ${event.id}`)
    expect((await rest('POST', `/ticketing/waitlist-entries/${entry.id}/offer`)).status).toBe(401)
    const res = await rest('POST', `/ticketing/waitlist-entries/${entry.id}/offer`, { token: finance })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ entry: { status: 'OFFERED' }, offers: [{ seats: 1 }] })
    expect((await entryOf(a.body.token)).body.status).toBe('OFFERED')
    const list = await rest('GET', `/waitlist-entries?where[cityEvent][equals]=${event.id}`, { token: finance })
    expect(list.body.docs[0]).toMatchObject({ position: null, status: 'OFFERED' })
  })

  it('an offer email arrives in the entry’s language with the booking and decline links', async () => {
    const { event, holds } = await soldOut(1, { startsAt: DAYS(40) })
    const who = visitor()
    await join(event.id, { email: who.buyer.email, locale: 'en' })
    await cancel(holds[0])
    await runJob()
    const jobs = await sqlRows(payload, sql`SELECT id FROM payload_jobs WHERE task_slug = 'ticketingSendWaitlistOffer' AND completed_at IS NULL`)
    expect(jobs.length).toBeGreaterThan(0)
    for (const job of jobs) await payload.jobs.runByID({ id: job.id as number })
    // The run's real SMTP server wrote what it received.
    const dir = process.env.MAIL_CAPTURE_DIR as string
    const mail = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '='))
      .find((raw) => raw.includes(`To: ${who.buyer.email}`))!
    expect(mail).toContain('Subject: Seats are free for you: Test event')
    expect(mail).toMatch(new RegExp(`/en/book/${event.slug}\\?offer=w1\\.\\d+\\.[A-Za-z0-9_-]{43}`))
    expect(mail).toContain('&decline=1')
  })

  it('erasing an email erases its entries: the offer goes to the next entry, the token opens nothing, the name and email are markers', async () => {
    const admin = (await createStaff(payload, ['admin'])).token
    const { event, holds } = await soldOut(1)
    const who = visitor()
    const a = await join(event.id, { email: who.buyer.email })
    const b = await join(event.id)
    await cancel(holds[0])
    await runJob()
    expect((await entryOf(a.body.token)).body.status).toBe('OFFERED')
    const exported = await rest('GET', `/ticketing/privacy/export?email=${encodeURIComponent(who.buyer.email)}`, { token: admin })
    expect(exported.status).toBe(200)
    const dump = typeof exported.body === 'string' ? JSON.parse(exported.body) : exported.body
    expect(dump.waitlistEntries).toMatchObject([{ email: who.buyer.email.toLowerCase(), quantity: 1, status: 'OFFERED' }])
    expect(JSON.stringify(dump)).not.toContain('nonce')
    const erased = await rest('POST', '/ticketing/privacy/erase', { body: { email: who.buyer.email.toUpperCase() }, token: admin })
    expect(erased.status).toBe(200)
    expect(erased.body.waitlistEntries).toBe(1)
    expect((await entryOf(a.body.token)).status).toBe(404)
    // The offer job's next pass (within a minute) offers the seat to the next entry.
    await runJob()
    expect((await entryOf(b.body.token)).body.status).toBe('OFFERED')
    const rows = await sqlRows(payload, sql`SELECT name, email, status FROM waitlist_entries WHERE city_event_id = ${event.id} ORDER BY id LIMIT 1`)
    expect(rows[0]).toMatchObject({ email: 'erased@erased.invalid', name: '[erased]', status: 'LEFT' })
  })
})
