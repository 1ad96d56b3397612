import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createEvent, DAYS } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { sqlRows } from '../helpers/payments'
import { rest } from '../helpers/rest'
import { bearer, book } from '../helpers/ticketing'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('POST /api/ticketing/bookings', () => {
  it('holds the seats and answers 201 with the server price and a one-time access token', async () => {
    const event = await createEvent(payload, { capacity: 10, groupDiscountPercent: 10, groupMinimum: 3, regularPrice: 10050 })
    const res = await book({ attendees: [{ name: 'A' }, { name: 'B' }, { email: 'c@example.com', name: 'C' }], eventId: event.id, quantity: 3 })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ currency: 'EUR', discount: 3015, paymentStatus: 'PENDING', quantity: 3, status: 'PENDING', subtotal: 30150, ticketType: 'GROUP', total: 27135, unitPrice: 10050 })
    expect(res.body.reference).toMatch(/^MC\d{4}-[23456789A-HJ-NP-Z]{6}$/)
    expect(res.body.accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(new Date(res.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000)
    const seats = await payload.findByID({ collection: 'city-events', id: event.id })
    expect(seats).toMatchObject({ seatsAvailable: 7, seatsHeld: 3 })
    const stored = await payload.find({ collection: 'bookings', where: { reference: { equals: res.body.reference } } })
    expect(stored.docs[0]).toMatchObject({ total: 27135, buyer: { name: expect.any(String) } })
    expect(stored.docs[0]).not.toHaveProperty('accessTokenHash')
  })

  it('accepts the event slug, and lets the buyer read their booking with the token only', async () => {
    const event = await createEvent(payload)
    const created = await book({ eventId: event.slug, locale: 'en' })
    expect(created.status).toBe(201)
    const view = await rest('GET', `/ticketing/bookings/${created.body.reference.toLowerCase()}`, { headers: bearer(created.body.accessToken) })
    expect(view.status).toBe(200)
    expect(view.body).toMatchObject({ attendees: [{ ticketCode: null }], event: { id: event.id, slug: event.slug }, reference: created.body.reference, status: 'PENDING', total: 45000 })
    const wrong = await rest('GET', `/ticketing/bookings/${created.body.reference}`, { headers: bearer('A'.repeat(43)) })
    expect(wrong.status).toBe(404)
    expect(wrong.body.error.code).toBe('BOOKING_NOT_FOUND')
    expect((await rest('GET', `/ticketing/bookings/${created.body.reference}`)).status).toBe(404)
  })

  it('confirms a free booking at once with ticket codes', async () => {
    const event = await createEvent(payload, { regularPrice: 0 })
    const res = await book({ eventId: event.id })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED', total: 0 })
    const view = await rest('GET', `/ticketing/bookings/${res.body.reference}`, { headers: bearer(res.body.accessToken) })
    expect(view.body.attendees[0].ticketCode).toMatch(/^[23456789A-HJ-NP-Z]{5}-[23456789A-HJ-NP-Z]{5}$/)
    expect((await payload.findByID({ collection: 'city-events', id: event.id })).seatsConfirmed).toBe(1)
  })

  it('answers PRICE_CHANGED with the fresh quote when the expected total differs', async () => {
    const event = await createEvent(payload, { regularPrice: 45000 })
    const res = await book({ eventId: event.id, expectedTotal: 39000 })
    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({ code: 'PRICE_CHANGED', details: { quote: { total: 45000, unitPrice: 45000, seatsAvailable: 50 } } })
    expect((await payload.findByID({ collection: 'city-events', id: event.id })).seatsHeld).toBe(0)
    expect((await book({ eventId: event.id, expectedTotal: 45000 })).status).toBe(201)
  })

  it('answers SOLD_OUT and INSUFFICIENT_SEATS with the seats left', async () => {
    const event = await createEvent(payload, { capacity: 3 })
    expect((await book({ attendees: [{ name: 'a' }, { name: 'b' }], eventId: event.id, quantity: 2 })).status).toBe(201)
    const tooMany = await book({ attendees: [{ name: 'a' }, { name: 'b' }], eventId: event.id, quantity: 2 })
    expect(tooMany.status).toBe(409)
    expect(tooMany.body.error).toMatchObject({ code: 'INSUFFICIENT_SEATS', details: { seatsAvailable: 1 } })
    expect((await book({ eventId: event.id })).status).toBe(201)
    const none = await book({ eventId: event.id })
    expect(none.body.error).toMatchObject({ code: 'SOLD_OUT', details: { seatsAvailable: 0 } })
    expect((await payload.findByID({ collection: 'city-events', id: event.id })).status).toBe('SOLD_OUT')
  })

  it.each([
    ['a draft', { status: 'DRAFT' }, 404, 'EVENT_NOT_FOUND'],
    ['a cancelled event', { status: 'CANCELLED' }, 409, 'SALES_CLOSED'],
    ['a completed event', { status: 'COMPLETED' }, 409, 'SALES_CLOSED'],
    ['an event before its sales open', { salesOpenAt: DAYS(3) }, 409, 'SALES_CLOSED'],
    ['an event after its sales closed', { salesCloseAt: DAYS(-1), salesOpenAt: DAYS(-10) }, 409, 'SALES_CLOSED'],
    ['a started event', { endsAt: DAYS(1), startsAt: DAYS(-1) }, 409, 'SALES_CLOSED'],
  ])('refuses to sell %s', async (_name, data, status, code) => {
    const event = await createEvent(payload, data)
    const res = await book({ eventId: event.id })
    expect(res.status).toBe(status)
    expect(res.body.error.code).toBe(code)
  })

  it('never charges a price the event no longer has, even right after an edit', async () => {
    const event = await createEvent(payload, { regularPrice: 45000 })
    expect((await book({ eventId: event.id })).body.total).toBe(45000)
    await payload.update({ collection: 'city-events', data: { regularPrice: 50000 } as never, id: event.id })
    expect((await book({ eventId: event.id })).body.total).toBe(50000)
    const stale = await book({ eventId: event.id, expectedTotal: 45000 })
    expect(stale.body.error).toMatchObject({ code: 'PRICE_CHANGED', details: { quote: { total: 50000 } } })
    // As the cancel-and-refund action does (a status change through Payload is refused).
    await sqlRows(payload, sql`UPDATE city_events SET status = 'CANCELLED', updated_at = now() WHERE id = ${event.id}`)
    expect((await book({ eventId: event.id })).body.error.code).toBe('SALES_CLOSED')
  })

  it('sells an event as soon as it is published', async () => {
    const event = await createEvent(payload, { status: 'DRAFT' })
    expect((await book({ eventId: event.id })).status).toBe(404)
    await payload.update({ collection: 'city-events', data: { status: 'PUBLISHED' } as never, id: event.id })
    expect((await book({ eventId: event.id })).status).toBe(201)
  })

  it('answers EVENT_NOT_FOUND for unknown ids and slugs', async () => {
    for (const eventId of [999999, 'no-such-event']) {
      const res = await book({ eventId })
      expect(res.status).toBe(404)
      expect(res.body.error.code).toBe('EVENT_NOT_FOUND')
    }
  })
})
