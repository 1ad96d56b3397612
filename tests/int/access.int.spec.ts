import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createEvent, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { rest } from '../helpers/rest'

let payload: Payload
let staff: Record<'admin' | 'editor' | 'finance', string>
let bookingId: number
let eventId: number

beforeAll(async () => {
  payload = await getTestPayload()
  staff = {
    admin: (await createStaff(payload, ['admin'])).token,
    editor: (await createStaff(payload, ['editor'])).token,
    finance: (await createStaff(payload, ['finance'])).token,
  }
  const event = await createEvent(payload)
  eventId = event.id
  const booking = await payload.create({
    collection: 'bookings',
    data: { buyer: { email: 'grace@example.com', name: 'Grace Hopper' }, cityEvent: event.id, quantity: 1 } as never,
  })
  bookingId = booking.id
  await payload.update({ collection: 'bookings', context: { ticketingSystemWrite: true }, data: { paymentIntentId: `pi_access_${bookingId}` } as never, id: bookingId })
})

describe('access per role', () => {
  it('lets nobody anonymous list bookings, attendees, the ledger or Stripe events', async () => {
    for (const slug of ['bookings', 'attendees', 'booking-payments', 'stripe-events']) {
      const res = await rest('GET', `/${slug}`)
      expect(res.status, slug).toBe(403)
    }
  })

  it('shows published events to visitors but hides drafts', async () => {
    const draft = await createEvent(payload, { status: 'DRAFT' })
    expect((await rest('GET', `/city-events/${eventId}`)).status).toBe(200)
    expect((await rest('GET', `/city-events/${draft.id}`)).status).toBe(404)
    expect((await rest('GET', `/city-events/${draft.id}`, { token: staff.editor })).status).toBe(200)
  })

  it('lets an editor read bookings without payment details, and never edit them', async () => {
    const read = await rest('GET', `/bookings/${bookingId}`, { token: staff.editor })
    expect(read.status).toBe(200)
    expect(read.body.total).toBe(45000)
    expect(read.body).not.toHaveProperty('paymentIntentId')
    expect(read.body).not.toHaveProperty('stripeCustomerId')
    const edit = await rest('PATCH', `/bookings/${bookingId}`, { body: { total: 1 }, token: staff.editor })
    expect(edit.status).toBe(403)
  })

  it('lets finance read payment details and edit notes, but not amounts or statuses', async () => {
    const read = await rest('GET', `/bookings/${bookingId}`, { token: staff.finance })
    expect(read.body.paymentIntentId).toBe(`pi_access_${bookingId}`)
    const edit = await rest('PATCH', `/bookings/${bookingId}`, { body: { notes: 'called back', status: 'CONFIRMED', total: 1 }, token: staff.finance })
    expect(edit.status).toBe(200)
    expect(edit.body.doc).toMatchObject({ notes: 'called back', status: 'PENDING', total: 45000 })
  })

  it('keeps events editable by editors and not by finance', async () => {
    expect((await rest('PATCH', `/city-events/${eventId}`, { body: { venueName: 'Salle Pleyel' }, token: staff.editor })).status).toBe(200)
    expect((await rest('PATCH', `/city-events/${eventId}`, { body: { venueName: 'Nope' }, token: staff.finance })).status).toBe(403)
  })

  it('keeps the ledger and Stripe events read-only for everyone, and the Stripe log admin-only', async () => {
    expect((await rest('POST', '/booking-payments', { body: { amount: 1 }, token: staff.admin })).status).toBe(403)
    expect((await rest('GET', '/booking-payments', { token: staff.finance })).status).toBe(200)
    expect((await rest('GET', '/booking-payments', { token: staff.editor })).status).toBe(403)
    expect((await rest('GET', '/stripe-events', { token: staff.finance })).status).toBe(403)
    expect((await rest('GET', '/stripe-events', { token: staff.admin })).status).toBe(200)
  })

  it('never deletes a booking', async () => {
    expect((await rest('DELETE', `/bookings/${bookingId}`, { token: staff.admin })).status).toBe(403)
  })

  it('lets only admins manage users and roles', async () => {
    const res = await rest('POST', '/users', { body: { email: 'x@test.local', password: 'secret-123', roles: ['admin'] }, token: staff.editor })
    expect(res.status).toBe(403)
  })
})
