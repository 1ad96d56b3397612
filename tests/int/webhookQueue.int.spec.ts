import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import pg from 'pg'
import Stripe from 'stripe'
import { describe, expect, it } from 'vitest'

import { drainWebhookEvents } from '@masterclass/plugin-ticketing'
import { storeWebhookEvent } from '../../plugins/ticketing/src/db/webhooks/webhookEvents'
import { WEBHOOK_MAX_ATTEMPTS } from '../../plugins/ticketing/src/domain/webhookRetry'
import { drainWebhookQueue } from '../../plugins/ticketing/src/operations/webhooks/drainWebhookQueue'
import { emulatorGateway } from '../helpers/emulatorGateway'
import { createEvent, createStaff } from '../helpers/fixtures'
import { bookAndStartPayment, seatsOf, sqlRows, storedBooking } from '../helpers/payments'
import { type PaymentsFile, paymentsFile } from '../helpers/paymentsFile'
import { rest } from '../helpers/rest'

// The webhook is answered once the event is stored; a worker processes it after, exactly once.

let payload: Payload
let payments: PaymentsFile['payments']
let stripe: Stripe

paymentsFile((file) => ({ payload, payments, stripe } = file))

const deliver = (event: object) => {
  const body = JSON.stringify(event)
  const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: 'whsec_integration' })
  return rest('POST', '/ticketing/stripe/webhook', { headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature }, rawBody: body })
}

/** A booking paid at the emulator, its webhook not sent: the `payment_intent.succeeded` event to deliver by hand. */
const paidWithoutWebhook = async (eventId: number) => {
  await payments.control.configure({ webhooks: { mode: 'drop' } })
  const { booking, intent } = await bookAndStartPayment(eventId)
  await payments.control.succeed(intent.paymentIntentId)
  for await (const event of stripe.events.list({ limit: 100, type: 'payment_intent.succeeded' })) {
    if ((event.data.object as { id: string }).id === intent.paymentIntentId) return { booking, event, intent }
  }
  throw new Error(`no payment_intent.succeeded event for ${intent.paymentIntentId}`)
}

const stripeEvent = async (eventId: string): Promise<Record<string, unknown>> => {
  const [row] = await sqlRows(payload, sql`SELECT * FROM stripe_events WHERE event_id = ${eventId}`)
  return { ...row!, attempts: Number(row!.attempts) }
}

const counts = async (bookingId: number, paymentIntentId: string) => {
  const [row] = await sqlRows(
    payload,
    sql`SELECT (SELECT count(*)::int FROM booking_payments WHERE stripe_object_id = ${paymentIntentId}) AS ledger,
               (SELECT count(*)::int FROM booking_emails WHERE booking_id = ${bookingId} AND kind = 'confirmation') AS emails`,
  )
  return row
}

/** As if time had passed: the event's retry (or its lease) is due now. */
const makeDue = (eventId: string) => sqlRows(payload, sql`UPDATE stripe_events SET next_attempt_at = now() - interval '1 second' WHERE event_id = ${eventId}`)

describe('Stripe webhooks: stored, answered, then processed by the worker', () => {
  it('answers 200 as soon as the event is stored, while its processing is blocked by a lock held elsewhere', async () => {
    const event = await createEvent(payload)
    const { booking, event: succeeded } = await paidWithoutWebhook(event.id as number)
    const id = (await storedBooking(payload, booking.reference)).id as number
    const locker = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await locker.connect()
    try {
      await locker.query('BEGIN')
      await locker.query('SELECT id FROM bookings WHERE id = $1 FOR UPDATE', [id])
      // Processing needs this booking's row lock: an answer that waited for it would never come.
      const answer = await deliver(succeeded)
      expect(answer.status).toBe(200)
      expect(answer.body).toEqual({ duplicate: false, received: true })
      expect((await stripeEvent(succeeded.id)).outcome).toMatch(/^(PENDING|PROCESSING)$/)
      expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PENDING', status: 'PENDING' })
    } finally {
      await locker.query('ROLLBACK')
      await locker.end()
    }
    await drainWebhookEvents(payload)
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
    expect(await stripeEvent(succeeded.id)).toMatchObject({ attempts: 1, error: null, next_attempt_at: null, outcome: 'PROCESSED' })
  })

  it('ten concurrent deliveries of one event: one stored, nine duplicates, one confirmation, one ledger row, one email', async () => {
    const event = await createEvent(payload, { capacity: 3 })
    const { booking, event: succeeded, intent } = await paidWithoutWebhook(event.id as number)
    const answers = await Promise.all(Array.from({ length: 10 }, () => deliver(succeeded)))
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200))
    expect(answers.filter((a) => a.body.duplicate === false)).toHaveLength(1)
    await drainWebhookEvents(payload)
    // Stripe tries again later too: still nothing more.
    expect((await deliver(succeeded)).body).toEqual({ duplicate: true, received: true })
    await drainWebhookEvents(payload)
    const stored = await storedBooking(payload, booking.reference)
    expect(stored).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
    expect(await seatsOf(payload, event.id as number)).toMatchObject({ seatsConfirmed: 1, seatsHeld: 0 })
    expect(await counts(stored.id as number, intent.paymentIntentId)).toEqual({ emails: 1, ledger: 1 })
    expect(await stripeEvent(succeeded.id)).toMatchObject({ attempts: 1, outcome: 'PROCESSED' })
  })

  it('two drainers at once never take the same event, and every booking is confirmed once', async () => {
    const event = await createEvent(payload, { capacity: 20 })
    const paid = []
    for (let i = 0; i < 12; i++) paid.push(await paidWithoutWebhook(event.id as number))
    // Stored as the endpoint stores them, but nobody started the worker (as if the process had died).
    for (const { event: succeeded, intent } of paid) {
      expect(await storeWebhookEvent({ payload, transactionID: undefined }, { action: { paymentIntentId: intent.paymentIntentId, type: 'payment' }, id: succeeded.id, type: succeeded.type })).toBe('stored')
    }
    const gateway = emulatorGateway()
    const [a, b] = await Promise.all([
      drainWebhookQueue({ batchSize: 2, gateway, lanes: 2, payload }),
      drainWebhookQueue({ batchSize: 2, gateway, lanes: 2, payload }),
    ])
    expect(a!.claimed.length).toBeGreaterThan(0)
    expect(b!.claimed.length).toBeGreaterThan(0)
    expect(a!.claimed.filter((id) => b!.claimed.includes(id))).toEqual([])
    expect([...a!.claimed, ...b!.claimed].sort()).toEqual(paid.map((p) => p.event.id).sort())
    expect(a!.processed + b!.processed).toBe(12)
    expect(a!.duplicate + b!.duplicate + a!.failed + b!.failed).toBe(0)
    expect(await seatsOf(payload, event.id as number)).toMatchObject({ seatsConfirmed: 12, seatsHeld: 0 })
    for (const { booking, intent } of paid) {
      const stored = await storedBooking(payload, booking.reference)
      expect(stored.status).toBe('CONFIRMED')
      expect(await counts(stored.id as number, intent.paymentIntentId)).toEqual({ emails: 1, ledger: 1 })
    }
  })

  it('a failing event is retried later, and succeeds once Stripe answers again', async () => {
    const event = await createEvent(payload)
    const { booking, event: succeeded } = await paidWithoutWebhook(event.id as number)
    await payments.control.configure({ faults: { pathPrefix: '/v1/payment_intents', status: 500 } })
    expect((await deliver(succeeded)).status).toBe(200)
    await drainWebhookEvents(payload)
    const failed = await stripeEvent(succeeded.id)
    expect(failed).toMatchObject({ attempts: 1, outcome: 'FAILED' })
    expect(failed.error).toBeTruthy()
    // Not due yet (it backs off): a drain now leaves it alone.
    expect(new Date(failed.next_attempt_at as string).getTime()).toBeGreaterThan(Date.now() + 20_000)
    expect(await drainWebhookEvents(payload)).toEqual({ duplicate: 0, failed: 0, processed: 0 })
    await payments.control.configure({ faults: null })
    await makeDue(succeeded.id)
    expect((await drainWebhookEvents(payload)).processed).toBe(1)
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
    expect(await stripeEvent(succeeded.id)).toMatchObject({ attempts: 2, error: null, next_attempt_at: null, outcome: 'PROCESSED' })
  })

  it(`an event that fails ${WEBHOOK_MAX_ATTEMPTS} times stays FAILED with its error for the admin; a redelivery earns it one more try`, async () => {
    const missing = { data: { object: { id: 'pi_missing_forever', metadata: {}, object: 'payment_intent' } }, id: `evt_missing_${Date.now()}`, object: 'event', type: 'payment_intent.succeeded' }
    expect((await deliver(missing)).status).toBe(200)
    await drainWebhookEvents(payload)
    for (let attempt = 2; attempt <= WEBHOOK_MAX_ATTEMPTS; attempt++) {
      await makeDue(missing.id)
      await drainWebhookEvents(payload)
    }
    expect(await stripeEvent(missing.id)).toMatchObject({ attempts: WEBHOOK_MAX_ATTEMPTS, next_attempt_at: null, outcome: 'FAILED' })
    const admin = await createStaff(payload, ['admin'])
    const listed = await rest('GET', `/stripe-events?where[eventId][equals]=${missing.id}`, { token: admin.token })
    expect(listed.status).toBe(200)
    expect(listed.body.docs[0]).toMatchObject({ attempts: WEBHOOK_MAX_ATTEMPTS, eventId: missing.id, nextAttemptAt: null, outcome: 'FAILED', type: 'payment_intent.succeeded' })
    expect(listed.body.docs[0].error).toBeTruthy()
    expect(await drainWebhookEvents(payload)).toEqual({ duplicate: 0, failed: 0, processed: 0 })
    // Stripe (or staff in Stripe's dashboard) sends it again.
    expect((await deliver(missing)).body).toEqual({ duplicate: false, received: true })
    await drainWebhookEvents(payload)
    expect(await stripeEvent(missing.id)).toMatchObject({ attempts: WEBHOOK_MAX_ATTEMPTS + 1, next_attempt_at: null, outcome: 'FAILED' })
  })

  it('an event stored by a process that died before processing it, or left by a worker that died, is processed by the scheduled drain', async () => {
    const event = await createEvent(payload, { capacity: 3 })
    const stored = await paidWithoutWebhook(event.id as number)
    const leased = await paidWithoutWebhook(event.id as number)
    for (const { event: succeeded, intent } of [stored, leased]) {
      await storeWebhookEvent({ payload, transactionID: undefined }, { action: { paymentIntentId: intent.paymentIntentId, type: 'payment' }, id: succeeded.id, type: succeeded.type })
    }
    // The second one was claimed by a worker that died: its lease has run out.
    await sqlRows(payload, sql`UPDATE stripe_events SET outcome = 'PROCESSING', attempts = 1 WHERE event_id = ${leased.event.id}`)
    await makeDue(leased.event.id)
    expect(await storedBooking(payload, stored.booking.reference)).toMatchObject({ status: 'PENDING' })
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'ticketingDrainWebhookEvents')
    expect(task?.schedule).toEqual([{ cron: '* * * * *', queue: 'ticketing' }])
    const job = (await payload.jobs.queue({ input: {}, queue: 'ticketing', task: 'ticketingDrainWebhookEvents' } as never)) as { id: number }
    await payload.jobs.runByID({ id: job.id })
    for (const { booking, event: succeeded, intent } of [stored, leased]) {
      const after = await storedBooking(payload, booking.reference)
      expect(after).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
      expect(await counts(after.id as number, intent.paymentIntentId)).toEqual({ emails: 1, ledger: 1 })
      expect((await stripeEvent(succeeded.id)).outcome).toBe('PROCESSED')
    }
    expect(await seatsOf(payload, event.id as number)).toMatchObject({ seatsConfirmed: 2, seatsHeld: 0 })
  })
})
