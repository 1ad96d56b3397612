import { sql } from '@payloadcms/db-postgres/drizzle'
import { createLocalReq, type Payload } from 'payload'
import Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { expireHolds } from '../../plugins/ticketing/src/operations/seats/expireHolds'
import { createEvent, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { bookAndStartPayment, seatsOf, sqlRows, storedBooking } from '../helpers/payments'
import { rest } from '../helpers/rest'
import { startPayments } from '../helpers/stripeEmulator'
import { emulatorGateway } from '../helpers/emulatorGateway'

const QUEUE = 'ticketing-cancellations'

let payload: Payload
let payments: Awaited<ReturnType<typeof startPayments>>
let stripe: Stripe
let admin: string
let finance: string

beforeAll(async () => {
  payload = await getTestPayload()
  payments = await startPayments()
  stripe = new Stripe('sk_test_integration', { host: '127.0.0.1', maxNetworkRetries: 0, port: payments.emulator.port, protocol: 'http' })
  admin = (await createStaff(payload, ['admin'])).token
  finance = (await createStaff(payload, ['finance'])).token
})

afterAll(async () => {
  await payments.close()
})

beforeEach(async () => {
  await payments.control.configure({ faults: null, webhooks: { delayMs: 0, duplicate: false, mode: 'deliver', reverse: false } })
})

const pay = async (paymentIntentId: string) => {
  await payments.control.succeed(paymentIntentId)
  await payments.control.waitForWebhooks()
}

/** An event (450.00 EUR a seat) with two paid bookings (one partly refunded), one live hold and one expired. */
const eventWithBookings = async () => {
  const event = await createEvent(payload, { capacity: 10 })
  const paid = await bookAndStartPayment(event.id, { attendees: [{ name: 'A' }, { name: 'B' }], locale: 'en', quantity: 2 })
  await pay(paid.intent.paymentIntentId)
  const partial = await bookAndStartPayment(event.id, { locale: 'fr' })
  await pay(partial.intent.paymentIntentId)
  expect((await rest('POST', `/ticketing/bookings/${partial.booking.reference}/refund`, { body: { amount: 10000 }, token: finance })).status).toBe(202)
  await payments.control.waitForWebhooks()
  const pending = await bookAndStartPayment(event.id)
  const expired = await bookAndStartPayment(event.id)
  await sqlRows(payload, sql`UPDATE bookings SET expires_at = now() - interval '1 minute' WHERE reference = ${expired.booking.reference}`)
  await expireHolds({ gateway: emulatorGateway(), req: await createLocalReq({}, payload) })
  expect((await storedBooking(payload, expired.booking.reference)).status).toBe('EXPIRED')
  return { event, expired, partial, paid, pending }
}

const emailKinds = async (reference: string) => {
  const { id } = await storedBooking(payload, reference)
  return (await sqlRows(payload, sql`SELECT kind FROM booking_emails WHERE booking_id = ${id} ORDER BY id`)).map((r) => r.kind as string)
}

const refundsOf = async (paymentIntentId: string) => (await stripe.refunds.list({ payment_intent: paymentIntentId })).data.map((r) => r.amount).sort((a, b) => a - b)

const cancelEvent = (idOrSlug: number | string, token = admin) => rest('POST', `/ticketing/events/${idOrSlug}/cancel`, { body: {}, token })

/** Every job of the cancellation queue, one after the other, then the webhooks they caused. */
const runAllJobs = async () => {
  await payload.jobs.run({ limit: 100, queue: QUEUE })
  await payments.control.waitForWebhooks()
}

type Setup = Awaited<ReturnType<typeof eventWithBookings>>

/** The end state of a cancelled event, whatever path led to it. */
const expectAllSettled = async ({ event, expired, partial, paid, pending }: Setup) => {
  expect(await storedBooking(payload, paid.booking.reference)).toMatchObject({ amountRefunded: 90000, paymentStatus: 'REFUNDED', status: 'REFUNDED' })
  expect(await storedBooking(payload, partial.booking.reference)).toMatchObject({ amountRefunded: 45000, paymentStatus: 'REFUNDED', status: 'REFUNDED' })
  expect(await refundsOf(paid.intent.paymentIntentId)).toEqual([90000])
  expect(await refundsOf(partial.intent.paymentIntentId)).toEqual([10000, 35000])
  expect(await storedBooking(payload, pending.booking.reference)).toMatchObject({ status: 'CANCELLED' })
  expect((await stripe.paymentIntents.retrieve(pending.intent.paymentIntentId)).status).toBe('canceled')
  expect(await storedBooking(payload, expired.booking.reference)).toMatchObject({ status: 'EXPIRED' })
  expect(await seatsOf(payload, event.id)).toMatchObject({ seatsConfirmed: 0, seatsHeld: 0, status: 'CANCELLED' })
  // One email per buyer, in their language; nothing for the hold that had expired.
  for (const { booking } of [paid, partial, pending]) expect((await emailKinds(booking.reference)).filter((k) => k === 'eventCancelled')).toHaveLength(1)
  expect(await emailKinds(paid.booking.reference)).toEqual(['confirmation', 'eventCancelled'])
  expect(await emailKinds(expired.booking.reference)).not.toContain('eventCancelled')
  const progress = await rest('GET', `/ticketing/events/${event.id}/cancellation`, { token: admin })
  expect(progress.body).toMatchObject({ bookings: { done: 3, toDo: 0, total: 3 }, status: 'CANCELLED' })
}

describe('POST /api/ticketing/events/:idOrSlug/cancel', () => {
  it('cancels the event and refunds everyone: paid bookings refunded what was left, holds ended, one email each; twice changes nothing more', async () => {
    const setup = await eventWithBookings()
    const started = await cancelEvent(setup.event.slug as string)
    expect(started.status).toBe(202)
    expect(started.body).toMatchObject({ bookings: { done: 0, toDo: 3, total: 3 }, eventId: setup.event.id, status: 'CANCELLED' })
    expect((await rest('GET', `/ticketing/events/${setup.event.id}/quote?quantity=1`)).body.eventStatus).toBe('CANCELLED')
    await runAllJobs()
    await expectAllSettled(setup)

    const again = await cancelEvent(setup.event.id)
    expect(again.status).toBe(202)
    expect(again.body.bookings).toEqual({ done: 3, toDo: 0, total: 3 })
    await runAllJobs()
    await expectAllSettled(setup)
  })

  it('interrupted halfway (only some jobs ran), then started again and resumed, ends the same', async () => {
    const setup = await eventWithBookings()
    expect((await cancelEvent(setup.event.id)).status).toBe(202)
    await payload.jobs.run({ limit: 1, queue: QUEUE })
    await payments.control.waitForWebhooks()
    const halfway = await rest('GET', `/ticketing/events/${setup.event.id}/cancellation`, { token: admin })
    expect(halfway.body.bookings).toEqual({ done: 1, toDo: 2, total: 3 })
    // The admin presses the button again before the rest has run: no job is queued twice.
    expect((await cancelEvent(setup.event.id)).body.bookings).toEqual({ done: 1, toDo: 2, total: 3 })
    await runAllJobs()
    await expectAllSettled(setup)
  })

  it('a job that runs again after it already did its work changes nothing', async () => {
    const setup = await eventWithBookings()
    await cancelEvent(setup.event.id)
    const jobs = await sqlRows(payload, sql`SELECT j.input FROM payload_jobs j JOIN ticketing_event_cancellations c ON c.booking_id = (j.input->>'bookingId')::int
                                            WHERE j.queue = ${QUEUE} AND c.city_event_id = ${setup.event.id}`)
    expect(jobs).toHaveLength(3)
    await runAllJobs()
    // A worker that crashed after its work and before the job was marked done runs it again.
    for (const job of jobs) await payload.jobs.queue({ input: job.input, queue: QUEUE, task: 'ticketingCancelEventBooking' } as never)
    await runAllJobs()
    await expectAllSettled(setup)
  })

  it('is for admins only, and says which event is unknown', async () => {
    const event = await createEvent(payload)
    expect((await cancelEvent(event.id, finance)).status).toBe(403)
    expect((await rest('POST', `/ticketing/events/${event.id}/cancel`, { body: {} })).status).toBe(401)
    const missing = await cancelEvent('no-such-event')
    expect(missing.status).toBe(404)
    expect(missing.body.error.code).toBe('EVENT_NOT_FOUND')
  })
})
