import { sql } from '@payloadcms/db-postgres/drizzle'
import { createLocalReq, type Payload } from 'payload'
import Stripe from 'stripe'
import { describe, expect, it } from 'vitest'

import { expireHolds } from '../src/operations/seats/expireHolds'
import { devHostFile, type DevHostFile, rest } from './helpers/devHostFile'
import { createEvent } from './helpers/fixtures'
import { bookAndStartPayment, seatsOf, sqlRows, storedBooking } from './helpers/payments'
import { book } from './helpers/ticketing'
import { WEBHOOK_SECRET } from './startDevHost'

let payload: Payload
let payments: { control: DevHostFile['control'] }

devHostFile((file) => {
  payload = file.payload
  payments = { control: file.control }
})

const emailJobs = async (reference: string) => {
  const booking = await storedBooking(payload, reference)
  return (await sqlRows(payload, sql`SELECT input FROM payload_jobs WHERE task_slug = 'ticketingSendEmail' AND (input->>'bookingId')::int = ${booking.id} ORDER BY id`)).map(
    (row) => (row.input as { kind: string }).kind,
  )
}

const expire = async (reference: string) => {
  await sqlRows(payload, sql`UPDATE bookings SET expires_at = now() - interval '1 second' WHERE reference = ${reference}`)
  await expireHolds({ gateway: null, req: await createLocalReq({}, payload) })
}

const webhook = (body: string, signature?: string) =>
  rest('POST', '/ticketing/stripe/webhook', { headers: { 'Content-Type': 'application/json', ...(signature ? { 'Stripe-Signature': signature } : {}) }, rawBody: body })

describe('POST /api/ticketing/stripe/webhook', () => {
  it('refuses a missing, wrong or expired signature with 400', async () => {
    const body = JSON.stringify({ data: { object: { id: 'pi_x' } }, id: 'evt_forged', type: 'payment_intent.succeeded' })
    expect((await webhook(body)).status).toBe(400)
    const wrong = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: 'whsec_not_ours' })
    expect((await webhook(body, wrong)).body.error.code).toBe('SIGNATURE_INVALID')
    const old = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: WEBHOOK_SECRET, timestamp: Math.floor(Date.now() / 1000) - 301 })
    expect((await webhook(body, old)).status).toBe(400)
    expect(await sqlRows(payload, sql`SELECT 1 FROM stripe_events WHERE event_id = 'evt_forged'`)).toHaveLength(0)
  })

  it('answers 200 {ignored: true} to event types the product does not handle', async () => {
    const body = JSON.stringify({ data: { object: { id: 'cus_1', object: 'customer' } }, id: `evt_ign_${Date.now()}`, object: 'event', type: 'customer.created' })
    const res = await webhook(body, Stripe.webhooks.generateTestHeaderString({ payload: body, secret: WEBHOOK_SECRET }))
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ ignored: true })
  })

  it('processes each event once, even when every event is delivered twice', async () => {
    await payments.control.configure({ webhooks: { duplicate: true, mode: 'deliver' } })
    const event = await createEvent(payload, { capacity: 5 })
    const { booking, intent } = await bookAndStartPayment(event.id)
    await payments.control.succeed(intent.paymentIntentId)
    await payments.control.waitForWebhooks()
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
    expect((await seatsOf(payload, event.id)).seatsConfirmed).toBe(1)
    expect(await emailJobs(booking.reference)).toEqual(['confirmation'])
    const [row] = await sqlRows(payload, sql`SELECT outcome, attempts FROM stripe_events WHERE type = 'payment_intent.succeeded' AND event_id IN (SELECT stripe_event_id FROM booking_payments WHERE stripe_object_id = ${intent.paymentIntentId})`)
    expect({ attempts: Number(row.attempts), outcome: row.outcome }).toEqual({ attempts: 1, outcome: 'PROCESSED' })
  })

  it('never moves backwards: a failure delivered after the success leaves the booking PAID', async () => {
    await payments.control.configure({ webhooks: { mode: 'hold' } })
    const event = await createEvent(payload)
    const { booking, intent } = await bookAndStartPayment(event.id)
    await payments.control.fail(intent.paymentIntentId, { code: 'card_declined', message: 'Your card was declined.' })
    await payments.control.succeed(intent.paymentIntentId)
    await payments.control.flush({ order: 'reverse' })
    await payments.control.waitForWebhooks()
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
  })

  it('a failed payment marks FAILED, keeps the hold so the visitor can retry, and emails a retry link', async () => {
    const event = await createEvent(payload)
    const { booking, intent } = await bookAndStartPayment(event.id)
    await payments.control.fail(intent.paymentIntentId, { code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' })
    await payments.control.waitForWebhooks()
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'FAILED', status: 'PENDING' })
    expect((await seatsOf(payload, event.id)).seatsHeld).toBe(1)
    expect(await emailJobs(booking.reference)).toEqual(['paymentFailed'])
    const ledger = (await payload.find({ collection: 'booking-payments', where: { stripeObjectId: { equals: intent.paymentIntentId } } })).docs[0]
    expect(ledger).toMatchObject({ failureCode: 'insufficient_funds', failureMessage: 'Your card has insufficient funds.', status: 'failed' })
    await payments.control.succeed(intent.paymentIntentId)
    await payments.control.waitForWebhooks()
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
  })

  it('a payment delivered hours late, after the hold expired, re-takes the seats when they are still there', async () => {
    await payments.control.configure({ webhooks: { mode: 'hold' } })
    const event = await createEvent(payload, { capacity: 2 })
    const { booking, intent } = await bookAndStartPayment(event.id)
    await payments.control.succeed(intent.paymentIntentId)
    await expire(booking.reference)
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ status: 'EXPIRED' })
    await payments.control.flush()
    await payments.control.waitForWebhooks()
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
    expect(await seatsOf(payload, event.id)).toMatchObject({ seatsConfirmed: 1, seatsHeld: 0 })
  })

  it('a payment after expiry with no seats left is refunded in full automatically, and the buyer is told', async () => {
    await payments.control.configure({ webhooks: { mode: 'hold' } })
    const event = await createEvent(payload, { capacity: 1 })
    const { booking, intent } = await bookAndStartPayment(event.id)
    await payments.control.succeed(intent.paymentIntentId)
    await expire(booking.reference)
    expect((await book({ eventId: event.id })).status).toBe(201)
    await payments.control.configure({ webhooks: { mode: 'deliver' } })
    await payments.control.flush()
    await payments.control.waitForWebhooks()
    await payments.control.waitForWebhooks()
    const after = await storedBooking(payload, booking.reference)
    expect(after).toMatchObject({ amountRefunded: 45000, paymentStatus: 'REFUNDED', status: 'EXPIRED' })
    expect(await seatsOf(payload, event.id)).toMatchObject({ seatsAvailable: 0, seatsConfirmed: 0, seatsHeld: 1 })
    expect(await emailJobs(booking.reference)).toEqual(['lateRefund'])
    const state = await payments.control.state()
    expect(state.refunds.filter((r) => r.payment_intent === intent.paymentIntentId)).toHaveLength(1)
  })
})
