import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import Stripe from 'stripe'
import { describe, expect, it } from 'vitest'

import { createEvent } from '../helpers/fixtures'
import { bookAndStartPayment, seatsOf, sqlRows, storedBooking } from '../helpers/payments'
import { paymentsFile, type PaymentsFile } from '../helpers/paymentsFile'
import { retryWebhookEventsNow } from '../helpers/retryWebhookEventsNow'

let payload: Payload
let payments: PaymentsFile['payments']
let stripe: Stripe

paymentsFile((file) => ({ payload, payments, stripe } = file))

const emailKinds = async (bookingId: number) =>
  (await sqlRows(payload, sql`SELECT kind FROM booking_emails WHERE booking_id = ${bookingId} ORDER BY id`)).map((r) => r.kind)

const ledger = async (bookingId: number) =>
  (await payload.find({ collection: 'booking-payments', sort: 'createdAt', where: { booking: { equals: bookingId } } })).docs.map((d) => [d.kind, d.amount, d.currency, d.status])

/**
 * A booking of one seat (450.00 EUR) whose PaymentIntent is changed at the provider before it
 * is paid, as an API call or the dashboard could do, then succeeds.
 */
const payOtherThanBooked = async (change: Stripe.PaymentIntentUpdateParams) => {
  const event = await createEvent(payload, { capacity: 2 })
  const { booking, intent } = await bookAndStartPayment(event.id)
  await stripe.paymentIntents.update(intent.paymentIntentId, change)
  await payments.control.succeed(intent.paymentIntentId)
  await payments.control.waitForWebhooks()
  return { booking, eventId: event.id, paymentIntentId: intent.paymentIntentId as string }
}

/** The defined end of a payment that does not match its booking. */
const expectRefundedMismatch = async (reference: string, eventId: number, paymentIntentId: string, amount: number, currency: string) => {
  const stored = await storedBooking(payload, reference)
  expect(stored.status).not.toBe('CONFIRMED')
  expect(stored).toMatchObject({ paymentStatus: 'REFUNDED', status: 'CANCELLED' })
  expect(await seatsOf(payload, eventId)).toMatchObject({ seatsAvailable: 2, seatsConfirmed: 0, seatsHeld: 0 })
  const refunds = (await stripe.refunds.list({ payment_intent: paymentIntentId })).data
  expect(refunds.map((r) => [r.amount, r.currency, r.status])).toEqual([[amount, currency, 'succeeded']])
  expect(await ledger(stored.id)).toEqual([
    ['PAYMENT', amount, currency.toUpperCase(), 'succeeded'],
    ['REFUND', amount, currency.toUpperCase(), 'succeeded'],
  ])
  const kinds = await emailKinds(stored.id)
  expect(kinds.filter((k) => k === 'paymentMismatch')).toHaveLength(1)
  expect(kinds).not.toContain('confirmation')
}

describe('a payment that does not match its booking', () => {
  it('received below the booking total: refunded in full automatically, finance alerted, the booking cancelled with its seats back', async () => {
    const { booking, eventId, paymentIntentId } = await payOtherThanBooked({ amount: 100 })
    await expectRefundedMismatch(booking.reference, eventId, paymentIntentId, 100, 'eur')

    // Every event of the PaymentIntent delivered again: still one refund, one alert.
    const events = (await stripe.events.list({ limit: 100 })).data.filter((e) => (e.data.object as { id: string }).id === paymentIntentId)
    for (const e of events) await payments.control.deliverEvent(e.id)
    await payments.control.waitForWebhooks()
    await expectRefundedMismatch(booking.reference, eventId, paymentIntentId, 100, 'eur')
  })

  it('in another currency: refunded in that currency, the same defined end', async () => {
    const { booking, eventId, paymentIntentId } = await payOtherThanBooked({ currency: 'usd' })
    await expectRefundedMismatch(booking.reference, eventId, paymentIntentId, 45000, 'usd')
  })

  it('when the first refund attempt fails, the retried webhook event makes it (one refund, one alert)', async () => {
    const event = await createEvent(payload, { capacity: 2 })
    const { booking, intent } = await bookAndStartPayment(event.id)
    await stripe.paymentIntents.update(intent.paymentIntentId, { amount: 200 })
    await payments.control.configure({ faults: { count: 2, pathPrefix: '/v1/refunds', status: 500 } })
    await payments.control.succeed(intent.paymentIntentId)
    await payments.control.waitForWebhooks()
    // The event failed with the refund and waits for its retry; its time comes. (The refund
    // it then makes sends webhooks of its own, which the same run may process too.)
    expect((await retryWebhookEventsNow(payload)).processed).toBeGreaterThanOrEqual(1)
    await payments.control.waitForWebhooks()
    await expectRefundedMismatch(booking.reference, event.id, intent.paymentIntentId, 200, 'eur')
  })
})
