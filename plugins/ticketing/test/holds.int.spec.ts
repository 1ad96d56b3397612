import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { devHostFile, rest } from './helpers/devHostFile'
import { createEvent } from './helpers/fixtures'
import { bearer, book } from './helpers/ticketing'

let payload: Payload

devHostFile((file) => {
  payload = file.payload
})

const db = () => (payload.db as unknown as PostgresAdapter).drizzle
const seats = (id: number) => payload.findByID({ collection: 'city-events', id })
/** Moves a hold's end into the past (as if its minutes had gone by). */
const age = (reference: string) => db().execute(sql`UPDATE bookings SET expires_at = now() - interval '1 second' WHERE reference = ${reference}`)
const statusOf = async (reference: string) => (await payload.find({ collection: 'bookings', where: { reference: { equals: reference } } })).docs[0].status

const runExpiryJob = async () => {
  await payload.jobs.queue({ input: {}, queue: 'ticketing', task: 'ticketingExpireHolds' } as never)
  await payload.jobs.run({ queue: 'ticketing' })
}

describe('seat holds', () => {
  it('the expiry job turns holds whose time is up into EXPIRED and gives their seats back', async () => {
    const event = await createEvent(payload, { capacity: 2 })
    const a = await book({ eventId: event.id })
    const b = await book({ eventId: event.id })
    expect((await seats(event.id)).status).toBe('SOLD_OUT')
    await age(a.body.reference)
    await runExpiryJob()
    expect(await statusOf(a.body.reference)).toBe('EXPIRED')
    expect(await statusOf(b.body.reference)).toBe('PENDING')
    expect(await seats(event.id)).toMatchObject({ seatsAvailable: 1, seatsHeld: 1, status: 'PUBLISHED' })
    await runExpiryJob()
    expect((await seats(event.id)).seatsHeld).toBe(1)
  })

  it('an expired hold never blocks a new booking, even when the job is late', async () => {
    const event = await createEvent(payload, { capacity: 1 })
    const first = await book({ eventId: event.id })
    expect((await book({ eventId: event.id })).body.error.code).toBe('SOLD_OUT')
    await age(first.body.reference)
    const quote = await rest('GET', `/ticketing/events/${event.id}/quote?quantity=1`)
    expect(quote.body.seatsAvailable).toBe(1)
    const second = await book({ eventId: event.id })
    expect(second.status).toBe(201)
    expect(await statusOf(first.body.reference)).toBe('EXPIRED')
    expect(await seats(event.id)).toMatchObject({ seatsAvailable: 0, seatsHeld: 1 })
  })

  it('keeps a hold whose payment is processing, even after its time is up', async () => {
    const event = await createEvent(payload, { capacity: 1 })
    const paying = await book({ eventId: event.id })
    await db().execute(sql`UPDATE bookings SET payment_status = 'PROCESSING' WHERE reference = ${paying.body.reference}`)
    await age(paying.body.reference)
    await runExpiryJob()
    expect(await statusOf(paying.body.reference)).toBe('PENDING')
    expect((await book({ eventId: event.id })).body.error.code).toBe('SOLD_OUT')
  })

  it('cancel releases the seats at once; cancelling again answers the same; a confirmed booking is not cancellable', async () => {
    const event = await createEvent(payload, { capacity: 1 })
    const held = await book({ eventId: event.id })
    const cancel = () => rest('POST', `/ticketing/bookings/${held.body.reference}/cancel`, { headers: bearer(held.body.accessToken) })
    const first = await cancel()
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ reference: held.body.reference, status: 'CANCELLED' })
    expect(await seats(event.id)).toMatchObject({ seatsAvailable: 1, seatsHeld: 0, status: 'PUBLISHED' })
    expect((await cancel()).body.status).toBe('CANCELLED')
    expect((await seats(event.id)).seatsHeld).toBe(0)

    const free = await createEvent(payload, { regularPrice: 0 })
    const confirmed = await book({ eventId: free.id })
    const refused = await rest('POST', `/ticketing/bookings/${confirmed.body.reference}/cancel`, { headers: bearer(confirmed.body.accessToken) })
    expect(refused.status).toBe(409)
    expect(refused.body.error.code).toBe('BOOKING_NOT_CANCELLABLE')
    const stranger = await rest('POST', `/ticketing/bookings/${held.body.reference}/cancel`, { headers: bearer(confirmed.body.accessToken) })
    expect(stranger.status).toBe(404)
  })

  it('a cancel racing the expiry job releases the seats exactly once', async () => {
    const event = await createEvent(payload, { capacity: 3 })
    const held = await book({ attendees: [{ name: 'a' }, { name: 'b' }], eventId: event.id, quantity: 2 })
    await age(held.body.reference)
    await Promise.all([
      runExpiryJob(),
      rest('POST', `/ticketing/bookings/${held.body.reference}/cancel`, { headers: bearer(held.body.accessToken) }),
      book({ eventId: event.id }),
    ])
    const after = await seats(event.id)
    expect(after.seatsHeld).toBe(1)
    expect(after.seatsAvailable).toBe(2)
  })
})

describe('the quote, read through the short event cache', () => {
  it('prices an edit at once and counts seats live, by id and by slug', async () => {
    const event = await createEvent(payload, { capacity: 4 })
    for (const key of [event.id, event.slug]) {
      const first = await rest('GET', `/ticketing/events/${key}/quote?quantity=1`)
      expect(first.body).toMatchObject({ total: event.regularPrice })
    }
    await payload.update({ collection: 'city-events', data: { regularPrice: event.regularPrice + 1000 }, id: event.id })
    const held = await book({ eventId: event.id, quantity: 1 })
    expect(held.status).toBe(201)
    for (const key of [event.id, event.slug]) {
      const quote = await rest('GET', `/ticketing/events/${key}/quote?quantity=1`)
      expect(quote.body).toMatchObject({ seatsAvailable: 3, total: event.regularPrice + 1000 })
    }
    expect((await book({ attendees: [{ name: 'A' }, { name: 'B' }, { name: 'C' }], eventId: event.id, quantity: 3 })).status).toBe(201)
    const full = await rest('GET', `/ticketing/events/${event.id}/quote?quantity=1`)
    expect(full.body).toMatchObject({ eventStatus: 'SOLD_OUT', seatsAvailable: 0 })
  })
})
