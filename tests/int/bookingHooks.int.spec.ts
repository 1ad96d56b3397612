import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createEvent, createStaff, DAYS } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { rest } from '../helpers/rest'
import { bearer, book } from '../helpers/ticketing'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const buyer = { email: 'ada@example.com', name: 'Ada Lovelace' }

describe('bookings are priced, referenced and seated by the server', () => {
  it('ignores prices and statuses sent through the Local API and computes them from the event', async () => {
    const event = await createEvent(payload, { capacity: 10, groupDiscountPercent: 10, groupMinimum: 3, regularPrice: 10050 })
    const booking = await payload.create({
      collection: 'bookings',
      data: { buyer, cityEvent: event.id, quantity: 3, status: 'CONFIRMED', ticketType: 'EARLY_BIRD', total: 1, unitPrice: 1 } as never,
    })
    expect(booking).toMatchObject({ currency: 'EUR', discount: 3015, paymentStatus: 'PENDING', status: 'PENDING', subtotal: 30150, ticketType: 'GROUP', total: 27135, unitPrice: 10050 })
    expect(booking.reference).toMatch(/^MC\d{4}-[23456789A-HJ-NP-Z]{6}$/)
    const seats = await payload.findByID({ collection: 'city-events', id: event.id })
    expect(seats).toMatchObject({ seatsAvailable: 7, seatsConfirmed: 0, seatsHeld: 3 })
    const attendees = await payload.find({ collection: 'attendees', where: { booking: { equals: booking.id } } })
    expect(attendees.totalDocs).toBe(3)
  })

  it('applies the early-bird price before its deadline, ahead of the group discount', async () => {
    const event = await createEvent(payload, { earlyBirdDeadline: DAYS(5), earlyBirdPrice: 8000, groupDiscountPercent: 10, groupMinimum: 2, regularPrice: 10000 })
    const booking = await payload.create({ collection: 'bookings', data: { buyer, cityEvent: event.id, quantity: 2 } as never })
    expect(booking).toMatchObject({ discount: 0, ticketType: 'EARLY_BIRD', total: 16000, unitPrice: 8000 })
  })

  it('prices a booking created over REST by finance, whatever the body says', async () => {
    const { token } = await createStaff(payload, ['finance'])
    const event = await createEvent(payload, { currency: 'CAD', regularPrice: 69500 })
    const res = await rest('POST', '/bookings', { body: { buyer, cityEvent: event.id, quantity: 1, total: 0, unitPrice: 0 }, token })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ currency: 'CAD', total: 69500, unitPrice: 69500, ticketType: 'REGULAR' })
  })

  it('confirms a free booking at once, with ticket codes', async () => {
    const event = await createEvent(payload, { regularPrice: 0 })
    const booking = await payload.create({ collection: 'bookings', data: { buyer, cityEvent: event.id, quantity: 1 } as never })
    expect(booking).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED', total: 0 })
    const [attendee] = (await payload.find({ collection: 'attendees', where: { booking: { equals: booking.id } } })).docs
    expect(attendee.ticketCode).toMatch(/^[23456789A-HJ-NP-Z]{5}-[23456789A-HJ-NP-Z]{5}$/)
    expect((await payload.findByID({ collection: 'city-events', id: event.id })).seatsConfirmed).toBe(1)
  })

  it('refuses more seats than are left and marks the event SOLD_OUT when full', async () => {
    const event = await createEvent(payload, { capacity: 2 })
    await expect(payload.create({ collection: 'bookings', data: { buyer, cityEvent: event.id, quantity: 3 } as never })).rejects.toThrow()
    await payload.create({ collection: 'bookings', data: { buyer, cityEvent: event.id, quantity: 2 } as never })
    const full = await payload.findByID({ collection: 'city-events', id: event.id })
    expect(full).toMatchObject({ seatsAvailable: 0, status: 'SOLD_OUT' })
    await expect(payload.create({ collection: 'bookings', data: { buyer, cityEvent: event.id, quantity: 1 } as never })).rejects.toMatchObject({ code: 'SOLD_OUT' })
  })

  it('keeps prices and statuses when a booking is updated, even through the Local API', async () => {
    const event = await createEvent(payload)
    const booking = await payload.create({ collection: 'bookings', data: { buyer, cityEvent: event.id, quantity: 1 } as never })
    const updated = await payload.update({ collection: 'bookings', id: booking.id, data: { notes: 'VIP', status: 'CONFIRMED', total: 1 } as never })
    expect(updated).toMatchObject({ notes: 'VIP', status: 'PENDING', total: 45000 })
  })
})

describe('the buyer access token', () => {
  it('is never returned by the API and survives staff edits', async () => {
    const event = await createEvent(payload)
    const created = await book({ eventId: event.id })
    const [doc] = (await payload.find({ collection: 'bookings', where: { reference: { equals: created.body.reference } } })).docs
    expect(doc).not.toHaveProperty('accessTokenHash')
    await payload.update({ collection: 'bookings', data: { notes: 'edited' } as never, id: doc.id })
    const view = await rest('GET', `/ticketing/bookings/${created.body.reference}`, { headers: bearer(created.body.accessToken) })
    expect(view.status).toBe(200)
  })
})
