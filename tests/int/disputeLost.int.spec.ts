import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import Stripe from 'stripe'
import { describe, expect, it } from 'vitest'

import { createEvent } from '../helpers/fixtures'
import { bookAndStartPayment, seatsOf, sqlRows, storedBooking } from '../helpers/payments'
import { paymentsFile, type PaymentsFile } from '../helpers/paymentsFile'

let payload: Payload
let payments: PaymentsFile['payments']
let stripe: Stripe

paymentsFile((file) => ({ payload, payments, stripe } = file))

/** A CONFIRMED, PAID booking of two seats (2 × 450.00 EUR). */
const paidBooking = async (eventId: number) => {
  const { booking, intent } = await bookAndStartPayment(eventId, { attendees: [{ name: 'Ann' }, { name: 'Bob' }], quantity: 2 })
  await payments.control.succeed(intent.paymentIntentId)
  await payments.control.waitForWebhooks()
  return { booking, intent }
}

const emailKinds = async (bookingId: number) =>
  (await sqlRows(payload, sql`SELECT kind FROM booking_emails WHERE booking_id = ${bookingId} ORDER BY id`)).map((r) => r.kind)

const disputeRows = async (bookingId: number) =>
  (await payload.find({ collection: 'booking-payments', where: { booking: { equals: bookingId }, kind: { equals: 'DISPUTE' } } })).docs

/** The final state a lost dispute must leave, whatever order its events came in. */
const expectLost = async (eventId: number, reference: string, disputeId: string) => {
  const stored = await storedBooking(payload, reference)
  expect(stored.paymentStatus).not.toBe('PAID')
  expect(stored.paymentStatus).not.toBe('DISPUTED')
  expect(stored).toMatchObject({ paymentStatus: 'REFUNDED', status: 'REFUNDED' })
  expect(await seatsOf(payload, eventId)).toMatchObject({ seatsAvailable: 3, seatsConfirmed: 0, seatsHeld: 0 })
  expect((await disputeRows(stored.id)).map((d) => [d.stripeObjectId, d.status, d.amount])).toEqual([[disputeId, 'lost', 90000]])
  expect((await emailKinds(stored.id)).filter((k) => k === 'disputeLost')).toHaveLength(1)
}

describe('a lost dispute', () => {
  it('ends the booking (not PAID, not DISPUTED), releases its seats, records the loss and alerts finance once', async () => {
    const event = await createEvent(payload, { capacity: 3 })
    const { booking, intent } = await paidBooking(event.id)
    const dispute = await payments.control.dispute(intent.paymentIntentId, { reason: 'fraudulent' })
    await payments.control.waitForWebhooks()
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'DISPUTED', status: 'CONFIRMED' })
    await payments.control.closeDispute(dispute.id, 'lost')
    await payments.control.waitForWebhooks()
    await expectLost(event.id, booking.reference, dispute.id)

    // Every dispute event delivered again changes nothing more.
    const events = (await stripe.events.list({ limit: 100 })).data.filter((e) => (e.data.object as { id: string }).id === dispute.id)
    expect(events.length).toBeGreaterThanOrEqual(2)
    for (const e of events) await payments.control.deliverEvent(e.id)
    await payments.control.waitForWebhooks()
    await expectLost(event.id, booking.reference, dispute.id)
  })

  it('ends the same way when its events come reversed and twice', async () => {
    const event = await createEvent(payload, { capacity: 3 })
    const { booking, intent } = await paidBooking(event.id)
    await payments.control.configure({ webhooks: { mode: 'hold' } })
    const dispute = await payments.control.dispute(intent.paymentIntentId, { reason: 'product_not_received' })
    await payments.control.closeDispute(dispute.id, 'lost')
    await payments.control.configure({ webhooks: { mode: 'deliver' } })
    await payments.control.flush({ duplicate: true, order: 'reverse' })
    await payments.control.waitForWebhooks()
    await expectLost(event.id, booking.reference, dispute.id)
  })

  it('a won dispute still goes back to PAID with the seats kept', async () => {
    const event = await createEvent(payload, { capacity: 3 })
    const { booking, intent } = await paidBooking(event.id)
    const dispute = await payments.control.dispute(intent.paymentIntentId)
    await payments.control.closeDispute(dispute.id, 'won')
    await payments.control.waitForWebhooks()
    const stored = await storedBooking(payload, booking.reference)
    expect(stored).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
    expect((await seatsOf(payload, event.id)).seatsConfirmed).toBe(2)
    expect(await emailKinds(stored.id)).not.toContain('disputeLost')
  })
})
