import { sql } from '@payloadcms/db-postgres/drizzle'
import { createLocalReq, type Payload } from 'payload'
import Stripe from 'stripe'
import { describe, expect, it } from 'vitest'

import { expireHolds } from '../../plugins/ticketing/src/operations/seats/expireHolds'
import { reconcilePayments } from '../../plugins/ticketing/src/operations/payments/reconcilePayments'
import { createEvent } from '../helpers/fixtures'
import { bookAndStartPayment, seatsOf, sqlRows, storedBooking } from '../helpers/payments'
import { rest } from '../helpers/rest'
import { bearer, book } from '../helpers/ticketing'
import { paymentsFile, type PaymentsFile } from '../helpers/paymentsFile'
import { emulatorGateway } from '../helpers/emulatorGateway'

let payload: Payload
let payments: PaymentsFile['payments']
let stripe: Stripe

paymentsFile((file) => ({ payload, payments, stripe } = file))

/** The job that runs every minute. */
const runExpiryJob = async () => expireHolds({ gateway: emulatorGateway(), req: await createLocalReq({}, payload) })

/** What an admin's "Reconcile with Stripe" runs. */
const reconcile = async () => reconcilePayments({ gateway: emulatorGateway(), req: await createLocalReq({}, payload) })

/** A hold with its PaymentIntent, whose time is up, then released by another visitor's booking (not by the job). */
const holdReleasedByVisitor = async () => {
  const event = await createEvent(payload, { capacity: 1 })
  const { booking, intent } = await bookAndStartPayment(event.id as number)
  await sqlRows(payload, sql`UPDATE bookings SET expires_at = now() - interval '1 minute' WHERE reference = ${booking.reference}`)
  const next = await book({ eventId: event.id })
  expect(next.status).toBe(201)
  expect(await storedBooking(payload, booking.reference)).toMatchObject({ status: 'EXPIRED' })
  return { booking, event, intent, next: next.body }
}

describe('a hold ended by a visitor has its PaymentIntent closed by the next run of the expiry job', () => {
  it('an open PaymentIntent is cancelled at Stripe', async () => {
    const { intent } = await holdReleasedByVisitor()
    expect((await stripe.paymentIntents.retrieve(intent.paymentIntentId)).status).toBe('requires_payment_method')
    await runExpiryJob()
    expect((await stripe.paymentIntents.retrieve(intent.paymentIntentId)).status).toBe('canceled')
    await payments.control.waitForWebhooks()
    // Closed for good: the next runs leave it alone.
    const [row] = await sqlRows(payload, sql`SELECT status FROM booking_payments WHERE stripe_object_id = ${intent.paymentIntentId}`)
    expect(row.status).toBe('canceled')
  })

  it('a PaymentIntent that succeeded meanwhile (its webhook lost) confirms the booking when its seat is free again', async () => {
    const { booking, event, intent, next } = await holdReleasedByVisitor()
    expect((await rest('POST', `/ticketing/bookings/${next.reference}/cancel`, { headers: bearer(next.accessToken) })).status).toBe(200)
    await payments.control.configure({ webhooks: { mode: 'drop' } })
    await payments.control.succeed(intent.paymentIntentId)
    await runExpiryJob()
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
    expect(await seatsOf(payload, event.id as number)).toMatchObject({ seatsConfirmed: 1, seatsHeld: 0 })
    expect((await stripe.refunds.list({ payment_intent: intent.paymentIntentId })).data).toHaveLength(0)
  })

  it('a PaymentIntent that succeeded meanwhile, with the seat taken by someone else, is refunded in full', async () => {
    const { booking, intent } = await holdReleasedByVisitor()
    await payments.control.configure({ webhooks: { mode: 'drop' } })
    await payments.control.succeed(intent.paymentIntentId)
    await runExpiryJob()
    expect((await stripe.refunds.list({ payment_intent: intent.paymentIntentId })).data.map((r) => r.amount)).toEqual([45000])
    expect((await storedBooking(payload, booking.reference)).status).not.toBe('CONFIRMED')
  })

  it('that refund, its webhooks lost too, is recorded by the next reconciliation, once', async () => {
    const { booking, intent } = await holdReleasedByVisitor()
    await payments.control.configure({ webhooks: { mode: 'drop' } })
    await payments.control.succeed(intent.paymentIntentId)
    await runExpiryJob()
    const [refund] = (await stripe.refunds.list({ payment_intent: intent.paymentIntentId })).data
    expect(refund).toMatchObject({ amount: 45000, status: 'succeeded' })
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ amountRefunded: 0, paymentStatus: 'PAID' })
    await reconcile()
    await reconcile()
    const stored = await storedBooking(payload, booking.reference)
    expect(stored).toMatchObject({ amountRefunded: 45000, paymentStatus: 'REFUNDED' })
    const ledger = await sqlRows(payload, sql`SELECT stripe_object_id, amount::int AS amount, status FROM booking_payments WHERE booking_id = ${stored!.id} ORDER BY id`)
    expect(ledger.filter((row) => row.stripe_object_id === refund!.id)).toEqual([{ amount: 45000, status: 'succeeded', stripe_object_id: refund!.id }])
    expect((await stripe.refunds.list({ payment_intent: intent.paymentIntentId })).data).toHaveLength(1)
  })

  it('a late payment disputed before its refund could be made is reported, and the other payments are still repaired', async () => {
    const { booking: late, intent: lateIntent } = await holdReleasedByVisitor()
    const other = await createEvent(payload)
    const { booking: lost, intent: lostIntent } = await bookAndStartPayment(other.id as number)
    await payments.control.configure({ webhooks: { mode: 'drop' } })
    await payments.control.succeed(lateIntent.paymentIntentId)
    await payments.control.dispute(lateIntent.paymentIntentId)
    await payments.control.succeed(lostIntent.paymentIntentId)
    const result = await reconcile()
    // Stripe refuses to refund a charged-back payment: said, not thrown, and tried again next time.
    expect(result.unrepaired.filter((u) => u.paymentIntentId === lateIntent.paymentIntentId)).toEqual([
      { paymentIntentId: lateIntent.paymentIntentId, reason: expect.stringContaining('charged back') },
    ])
    expect(result.repaired).toContainEqual({ paymentIntentId: lostIntent.paymentIntentId, reference: lost.reference, was: 'PENDING/PENDING' })
    expect(await storedBooking(payload, lost.reference)).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
    expect((await stripe.refunds.list({ payment_intent: lateIntent.paymentIntentId })).data).toHaveLength(0)
    // The same run recorded the dispute: the money now follows the dispute, so nothing is left to try.
    expect(await storedBooking(payload, late.reference)).toMatchObject({ paymentStatus: 'DISPUTED', status: 'EXPIRED' })
    expect((await reconcile()).unrepaired).toEqual([])
  })

  it('a hold cancelled by its visitor while Stripe could not be reached is cancelled at Stripe by the job', async () => {
    const event = await createEvent(payload)
    const { booking, intent } = await bookAndStartPayment(event.id as number)
    await payments.control.configure({ faults: { pathPrefix: `payment_intents/${intent.paymentIntentId}/cancel`, status: 500 } })
    expect((await rest('POST', `/ticketing/bookings/${booking.reference}/cancel`, { headers: bearer(booking.accessToken) })).status).toBe(200)
    expect((await stripe.paymentIntents.retrieve(intent.paymentIntentId)).status).not.toBe('canceled')
    await payments.control.configure({ faults: null })
    await runExpiryJob()
    expect((await stripe.paymentIntents.retrieve(intent.paymentIntentId)).status).toBe('canceled')
  })
})
