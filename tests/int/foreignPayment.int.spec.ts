import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import Stripe from 'stripe'
import { beforeAll, describe, expect, it } from 'vitest'

import { createEvent, createStaff } from '../helpers/fixtures'
import { bookAndStartPayment, seatsOf, sqlRows, storedBooking } from '../helpers/payments'
import { paymentsFile, type PaymentsFile } from '../helpers/paymentsFile'
import { rest } from '../helpers/rest'
import { book } from '../helpers/ticketing'

let payload: Payload
let payments: PaymentsFile['payments']
let stripe: Stripe
let admin: string

paymentsFile((file) => ({ payload, payments, stripe } = file))
beforeAll(async () => {
  admin = (await createStaff(payload, ['admin'])).token
})

/** Another system on the same Stripe account takes a payment whose metadata names our booking, and it succeeds. */
const foreignPayment = async (bookingId: number, amount: number, currency = 'eur') => {
  const intent = await stripe.paymentIntents.create({ amount, currency, metadata: { bookingId: String(bookingId), orderId: 'shop-123' } })
  await payments.control.succeed(intent.id)
  await payments.control.waitForWebhooks()
  return intent.id
}

const ledgerOf = async (bookingId: number) => sqlRows(payload, sql`SELECT stripe_object_id FROM booking_payments WHERE booking_id = ${bookingId}`)

describe("another system's PaymentIntent carrying a bookingId", () => {
  it('never confirms a booking that stored its own PaymentIntent, neither by webhook nor by the reconciliation', async () => {
    const event = await createEvent(payload, { capacity: 3 })
    const { booking, intent } = await bookAndStartPayment(event.id as number)
    const stored = await storedBooking(payload, booking.reference)
    const foreignId = await foreignPayment(stored.id as number, stored.total as number)

    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PENDING', status: 'PENDING' })
    expect(await ledgerOf(stored.id as number)).toEqual([])
    // Not ours to refund either: the other system keeps its customer's payment.
    expect((await stripe.refunds.list({ payment_intent: foreignId })).data).toEqual([])

    const reconciled = await rest('POST', '/ticketing/admin/reconcile', { headers: { 'X-Forwarded-For': '198.51.100.77' }, token: admin })
    expect(reconciled.status).toBe(200)
    expect(JSON.stringify(reconciled.body)).not.toContain(foreignId)
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PENDING', status: 'PENDING' })
    expect(await seatsOf(payload, event.id as number)).toMatchObject({ seatsConfirmed: 0, seatsHeld: 1 })

    // The booking's own PaymentIntent still confirms it.
    await payments.control.succeed(intent.paymentIntentId)
    await payments.control.waitForWebhooks()
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ paymentStatus: 'PAID', status: 'CONFIRMED' })
  })

  it('never confirms a booking that has no PaymentIntent yet unless amount and currency are its own', async () => {
    const event = await createEvent(payload, { capacity: 3 })
    const created = await book({ eventId: event.id })
    expect(created.status).toBe(201)
    const stored = await storedBooking(payload, created.body.reference)
    await foreignPayment(stored.id as number, 100)
    await foreignPayment(stored.id as number, stored.total as number, 'cad')
    expect(await storedBooking(payload, created.body.reference)).toMatchObject({ paymentIntentId: null, paymentStatus: 'PENDING', status: 'PENDING' })
    expect(await ledgerOf(stored.id as number)).toEqual([])
  })
})
