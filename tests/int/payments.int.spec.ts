import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import Stripe from 'stripe'
import { describe, expect, it } from 'vitest'

import { createEvent } from '../helpers/fixtures'
import { bookAndStartPayment, seatsOf, sqlRows, storedBooking } from '../helpers/payments'
import { rest } from '../helpers/rest'
import { bearer, book } from '../helpers/ticketing'
import { paymentsFile, type PaymentsFile } from '../helpers/paymentsFile'

let payload: Payload
let payments: PaymentsFile['payments']
let stripe: Stripe

paymentsFile((file) => ({ payload, payments, stripe } = file))

describe('POST /api/ticketing/bookings/:reference/payment-intent', () => {
  it('creates ONE PaymentIntent with the booking amount, currency, metadata and receipt email, and returns it again', async () => {
    const event = await createEvent(payload, { currency: 'CAD', regularPrice: 69500 })
    const { booking, intent } = await bookAndStartPayment(event.id)
    expect(intent).toMatchObject({ amount: 69500, currency: 'CAD', paymentIntentId: expect.stringMatching(/^pi_/), publishableKey: 'pk_test_integration' })
    expect(intent.clientSecret).toMatch(new RegExp(`^${intent.paymentIntentId}_secret_`))
    const remote = await stripe.paymentIntents.retrieve(intent.paymentIntentId)
    expect(remote).toMatchObject({ amount: 69500, currency: 'cad', metadata: { bookingReference: booking.reference }, receipt_email: expect.stringContaining('@example.com') })
    expect(remote.customer).toMatch(/^cus_/)
    const again = await rest('POST', `/ticketing/bookings/${booking.reference}/payment-intent`, { headers: bearer(booking.accessToken) })
    expect(again.body.paymentIntentId).toBe(intent.paymentIntentId)
  })

  it('gives two tabs asking at once the same PaymentIntent', async () => {
    const event = await createEvent(payload)
    const created = await book({ eventId: event.id })
    const ask = () => rest('POST', `/ticketing/bookings/${created.body.reference}/payment-intent`, { headers: bearer(created.body.accessToken) })
    const [a, b] = await Promise.all([ask(), ask()])
    expect(a.body.paymentIntentId).toBe(b.body.paymentIntentId)
    const all = await stripe.paymentIntents.list({ limit: 100 })
    expect(all.data.filter((pi) => pi.metadata.bookingReference === created.body.reference)).toHaveLength(1)
  })

  it('answers 503 PAYMENT_PROVIDER_UNAVAILABLE with Retry-After when Stripe is down, and leaves the booking untouched', async () => {
    const event = await createEvent(payload)
    const created = await book({ eventId: event.id })
    await payments.control.configure({ faults: { status: 500 } })
    const res = await rest('POST', `/ticketing/bookings/${created.body.reference}/payment-intent`, { headers: bearer(created.body.accessToken) })
    expect(res.status).toBe(503)
    expect(res.body.error.code).toBe('PAYMENT_PROVIDER_UNAVAILABLE')
    expect(res.headers.get('retry-after')).toBeTruthy()
    expect(await storedBooking(payload, created.body.reference)).toMatchObject({ paymentIntentId: null, status: 'PENDING', total: 45000 })
    await payments.control.configure({ faults: null })
    const retry = await rest('POST', `/ticketing/bookings/${created.body.reference}/payment-intent`, { headers: bearer(created.body.accessToken) })
    expect(retry.status).toBe(200)
  })

  it('refuses to pay a booking that is not a live hold (409 BOOKING_NOT_PAYABLE)', async () => {
    const event = await createEvent(payload)
    const created = await book({ eventId: event.id })
    await rest('POST', `/ticketing/bookings/${created.body.reference}/cancel`, { headers: bearer(created.body.accessToken) })
    const res = await rest('POST', `/ticketing/bookings/${created.body.reference}/payment-intent`, { headers: bearer(created.body.accessToken) })
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('BOOKING_NOT_PAYABLE')
    const other = await book({ eventId: event.id })
    await sqlRows(payload, sql`UPDATE bookings SET expires_at = now() - interval '1 second' WHERE reference = ${other.body.reference}`)
    expect((await rest('POST', `/ticketing/bookings/${other.body.reference}/payment-intent`, { headers: bearer(other.body.accessToken) })).body.error.code).toBe('BOOKING_NOT_PAYABLE')
  })
})

describe('cancelling a booking that has a PaymentIntent', () => {
  it('releases the seats and cancels the PaymentIntent at Stripe', async () => {
    const event = await createEvent(payload, { capacity: 1 })
    const { booking, intent } = await bookAndStartPayment(event.id)
    const res = await rest('POST', `/ticketing/bookings/${booking.reference}/cancel`, { headers: bearer(booking.accessToken) })
    expect(res.body.status).toBe('CANCELLED')
    expect((await stripe.paymentIntents.retrieve(intent.paymentIntentId)).status).toBe('canceled')
    expect((await book({ eventId: event.id })).status).toBe(201)
  })
})

describe('the full payment flow', () => {
  it('create → PaymentIntent → succeeded webhook → CONFIRMED/PAID, ticket codes, ledger, confirmation email queued', async () => {
    const event = await createEvent(payload, { capacity: 10 })
    const { booking, intent } = await bookAndStartPayment(event.id, { attendees: [{ name: 'Ada' }, { name: 'Grace' }], quantity: 2 })
    await payments.control.succeed(intent.paymentIntentId)
    await payments.control.waitForWebhooks()
    const view = await rest('GET', `/ticketing/bookings/${booking.reference}`, { headers: bearer(booking.accessToken) })
    expect(view.body).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED', confirmedAt: expect.any(String) })
    expect(view.body.attendees.map((a: { ticketCode: string }) => a.ticketCode)).toEqual([expect.stringMatching(/^\w{5}-\w{5}$/), expect.stringMatching(/^\w{5}-\w{5}$/)])
    expect(await seatsOf(payload, event.id)).toMatchObject({ seatsConfirmed: 2, seatsHeld: 0 })
    const ledger = await payload.find({ collection: 'booking-payments', where: { stripeObjectId: { equals: intent.paymentIntentId } } })
    expect(ledger.docs).toHaveLength(1)
    expect(ledger.docs[0]).toMatchObject({ amount: 90000, currency: 'EUR', kind: 'PAYMENT', status: 'succeeded' })
    const jobs = await sqlRows(payload, sql`SELECT input FROM payload_jobs WHERE task_slug = 'ticketingSendEmail' AND (input->>'bookingId')::int = ${Number((await storedBooking(payload, booking.reference)).id)}`)
    expect(jobs.map((j) => (j.input as { kind: string }).kind)).toEqual(['confirmation'])
  })
})
