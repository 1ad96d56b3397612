import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { drainWebhookEvents } from '@masterclass/plugin-ticketing'
import Stripe from 'stripe'
import { beforeAll, describe, expect, it } from 'vitest'

import { devHostFile, type DevHostFile, rest } from './helpers/devHostFile'
import { createEvent, createStaff } from './helpers/fixtures'
import { bookAndStartPayment, seatsOf, sqlRows, storedBooking } from './helpers/payments'
import { book } from './helpers/ticketing'
import { WEBHOOK_SECRET } from './startDevHost'

let payload: Payload
let payments: { control: DevHostFile['control'] }
let staff: Record<'admin' | 'editor' | 'finance', string>
let stripe: Stripe

devHostFile((file) => {
  ;({ payload, stripe } = file)
  payments = { control: file.control }
})

beforeAll(async () => {
  staff = {
    admin: (await createStaff(payload, 'admin')).token,
    editor: (await createStaff(payload, 'editor')).token,
    finance: (await createStaff(payload, 'finance')).token,
  }
})

/** A CONFIRMED, PAID booking of `quantity` seats at 450.00 EUR each. */
const paidBooking = async (eventId: number, quantity = 1) => {
  const attendees = Array.from({ length: quantity }, (_, i) => ({ name: `Guest ${i + 1}` }))
  const { booking, intent } = await bookAndStartPayment(eventId, { attendees, quantity })
  await payments.control.succeed(intent.paymentIntentId)
  await payments.control.waitForWebhooks()
  return { booking, intent }
}

const refund = (reference: string, body: Record<string, unknown> | undefined, token?: string) =>
  rest('POST', `/ticketing/bookings/${reference}/refund`, { body, token })

describe('refunds', () => {
  it('partial then full: PARTIALLY_REFUNDED with the amount, then REFUNDED/REFUNDED with the seats released', async () => {
    const event = await createEvent(payload, { capacity: 5 })
    const { booking, intent } = await paidBooking(event.id, 2)
    const partial = await refund(booking.reference, { amount: 10000, reason: 'requested_by_customer' }, staff.finance)
    expect(partial.status).toBe(202)
    expect(partial.body).toMatchObject({ amount: 10000, refundId: expect.stringMatching(/^re_/), status: 'succeeded' })
    await payments.control.waitForWebhooks()
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ amountRefunded: 10000, paymentStatus: 'PARTIALLY_REFUNDED', status: 'CONFIRMED' })
    expect((await seatsOf(payload, event.id)).seatsConfirmed).toBe(2)

    const tooMuch = await refund(booking.reference, { amount: 80001 }, staff.finance)
    expect(tooMuch.status).toBe(400)
    expect(tooMuch.body.error).toMatchObject({ code: 'VALIDATION', details: { refundable: 80000 } })

    const rest_ = await refund(booking.reference, {}, staff.admin)
    expect(rest_.body.amount).toBe(80000)
    await payments.control.waitForWebhooks()
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ amountRefunded: 90000, paymentStatus: 'REFUNDED', status: 'REFUNDED' })
    expect(await seatsOf(payload, event.id)).toMatchObject({ seatsAvailable: 5, seatsConfirmed: 0 })
    const ledger = await payload.find({ collection: 'booking-payments', sort: 'createdAt', where: { kind: { equals: 'REFUND' }, booking: { equals: (await storedBooking(payload, booking.reference)).id } } })
    expect(ledger.docs.map((d) => [d.amount, d.status])).toEqual([[10000, 'succeeded'], [80000, 'succeeded']])
    expect((await refund(booking.reference, {}, staff.finance)).body.error.code).toBe('NOT_REFUNDABLE')
    expect((await stripe.refunds.list({ payment_intent: intent.paymentIntentId })).data).toHaveLength(2)
  })

  it('a double-click (one Idempotency-Key) refunds once', async () => {
    const event = await createEvent(payload)
    const { booking, intent } = await paidBooking(event.id)
    const click = () => rest('POST', `/ticketing/bookings/${booking.reference}/refund`, { body: { amount: 5000 }, headers: { 'Idempotency-Key': `click-${booking.reference}` }, token: staff.finance })
    const [a, b] = await Promise.all([click(), click()])
    expect([a.status, b.status]).toEqual([202, 202])
    expect(a.body.refundId).toBe(b.body.refundId)
    expect((await stripe.refunds.list({ payment_intent: intent.paymentIntentId })).data).toHaveLength(1)
  })

  it('refuses unpaid bookings (409 NOT_REFUNDABLE), editors (403) and anonymous callers (401)', async () => {
    const event = await createEvent(payload)
    const unpaid = await book({ eventId: event.id })
    expect((await refund(unpaid.body.reference, {}, staff.finance)).body.error.code).toBe('NOT_REFUNDABLE')
    const { booking } = await paidBooking(event.id)
    expect((await refund(booking.reference, {}, staff.editor)).status).toBe(403)
    expect((await refund(booking.reference, {})).status).toBe(401)
    expect((await refund(booking.reference, { amount: 1.5 }, staff.finance)).status).toBe(400)
    expect((await refund(booking.reference, { reason: 'because' }, staff.finance)).status).toBe(400)
    expect((await refund('DEV2026-ZZZZZZ', {}, staff.finance)).status).toBe(404)
  })
})

describe('disputes', () => {
  it('sets DISPUTED and alerts finance, leaves the seats alone, and goes back to PAID when won', async () => {
    const event = await createEvent(payload, { capacity: 3 })
    const { booking, intent } = await paidBooking(event.id)
    const dispute = await payments.control.dispute(intent.paymentIntentId, { reason: 'fraudulent' })
    await payments.control.waitForWebhooks()
    const stored = await storedBooking(payload, booking.reference)
    expect(stored).toMatchObject({ paymentStatus: 'DISPUTED', status: 'CONFIRMED' })
    expect((await seatsOf(payload, event.id)).seatsConfirmed).toBe(1)
    const kinds = (await sqlRows(payload, sql`SELECT input FROM payload_jobs WHERE task_slug = 'ticketingSendEmail' AND (input->>'bookingId')::int = ${stored.id}`)).map((r) => (r.input as { kind: string }).kind)
    expect(kinds).toContain('disputeAlert')
    const ledger = (await payload.find({ collection: 'booking-payments', where: { kind: { equals: 'DISPUTE' }, booking: { equals: stored.id } } })).docs
    expect(ledger[0]).toMatchObject({ stripeObjectId: dispute.id })
    await payments.control.closeDispute(dispute.id, 'won')
    await payments.control.waitForWebhooks()
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
  })
})

describe('reconciliation', () => {
  it('repairs a booking whose webhook was lost', async () => {
    const event = await createEvent(payload)
    const { booking, intent } = await bookAndStartPayment(event.id)
    await payments.control.configure({ webhooks: { mode: 'drop' } })
    await payments.control.succeed(intent.paymentIntentId)
    await payments.control.waitForWebhooks()
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PENDING', status: 'PENDING' })
    expect((await rest('POST', '/ticketing/admin/reconcile', { token: staff.finance })).status).toBe(403)
    const res = await rest('POST', '/ticketing/admin/reconcile', { token: staff.admin })
    expect(res.status).toBe(200)
    expect(res.body.repaired).toContainEqual({ paymentIntentId: intent.paymentIntentId, reference: booking.reference, was: 'PENDING/PENDING' })
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
    const again = await rest('POST', '/ticketing/admin/reconcile', { token: staff.admin })
    expect(again.body.repaired.map((r: { reference: string }) => r.reference)).not.toContain(booking.reference)
  })

  it('repairs a dispute whose webhooks were lost, opened and then lost', async () => {
    const event = await createEvent(payload)
    const { booking, intent } = await bookAndStartPayment(event.id)
    await payments.control.succeed(intent.paymentIntentId)
    await payments.control.waitForWebhooks()
    await payments.control.configure({ webhooks: { mode: 'drop' } })
    const dispute = await payments.control.dispute(intent.paymentIntentId)
    expect((await rest('POST', '/ticketing/admin/reconcile', { token: staff.admin })).status).toBe(200)
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'DISPUTED' })
    await payments.control.closeDispute(dispute.id, 'lost')
    expect((await rest('POST', '/ticketing/admin/reconcile', { token: staff.admin })).status).toBe(200)
    expect((await storedBooking(payload, booking.reference)).paymentStatus).not.toMatch(/^(PAID|DISPUTED)$/)
    await payments.control.configure({ webhooks: { mode: 'deliver' } })
  })

  it('repairs an unseen dispute even after a refund was asked for the disputed payment', async () => {
    const event = await createEvent(payload)
    const { booking, intent } = await bookAndStartPayment(event.id)
    await payments.control.succeed(intent.paymentIntentId)
    await payments.control.waitForWebhooks()
    await payments.control.configure({ webhooks: { mode: 'drop' } })
    await payments.control.dispute(intent.paymentIntentId)
    // Stripe is down when finance asks for the refund: the request waits for reconciliation.
    await payments.control.configure({ faults: { status: 500 } })
    await rest('POST', `/ticketing/bookings/${booking.reference}/refund`, { body: {}, token: staff.finance })
    await payments.control.configure({ faults: null })
    const res = await rest('POST', '/ticketing/admin/reconcile', { token: staff.admin })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'DISPUTED' })
    await payments.control.configure({ webhooks: { mode: 'deliver' } })
  })

  it('the same event delivered five times at once is applied once', async () => {
    const event = await createEvent(payload, { capacity: 4 })
    await payments.control.configure({ webhooks: { mode: 'drop' } })
    const { booking, intent } = await bookAndStartPayment(event.id)
    await payments.control.succeed(intent.paymentIntentId)
    const [succeeded] = (await stripe.events.list({ limit: 10, type: 'payment_intent.succeeded' })).data.filter((e) => (e.data.object as { id: string }).id === intent.paymentIntentId)
    const body = JSON.stringify(succeeded)
    const post = () =>
      rest('POST', '/ticketing/stripe/webhook', {
        headers: { 'Content-Type': 'application/json', 'Stripe-Signature': Stripe.webhooks.generateTestHeaderString({ payload: body, secret: WEBHOOK_SECRET }) },
        rawBody: body,
      })
    const results = await Promise.all([post(), post(), post(), post(), post()])
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
    expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(1)
    await drainWebhookEvents(payload)
    expect(await seatsOf(payload, event.id)).toMatchObject({ seatsConfirmed: 1, seatsHeld: 0 })
    const stored = await storedBooking(payload, booking.reference)
    const jobs = await sqlRows(payload, sql`SELECT 1 FROM payload_jobs WHERE task_slug = 'ticketingSendEmail' AND (input->>'bookingId')::int = ${stored.id}`)
    expect(jobs).toHaveLength(1)
  })
})
