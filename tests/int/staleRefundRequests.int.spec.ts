import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createEvent, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { bookAndStartPayment, sqlRows, storedBooking } from '../helpers/payments'
import { rest } from '../helpers/rest'
import { startPayments } from '../helpers/stripeEmulator'

let payload: Payload
let payments: Awaited<ReturnType<typeof startPayments>>
let admin: string
let stripe: Stripe

beforeAll(async () => {
  payload = await getTestPayload()
  payments = await startPayments()
  stripe = new Stripe('sk_test_integration', { host: '127.0.0.1', maxNetworkRetries: 0, port: payments.emulator.port, protocol: 'http' })
  admin = (await createStaff(payload, ['admin'])).token
})

afterAll(async () => {
  await payments.close()
})

const paidBooking = async () => {
  const event = await createEvent(payload)
  const { booking, intent } = await bookAndStartPayment(event.id as number)
  await payments.control.succeed(intent.paymentIntentId)
  await payments.control.waitForWebhooks()
  return { booking, id: (await storedBooking(payload, booking.reference)).id as number, intent }
}

/** A request as a process leaves it when it stops after reserving the amount (11 minutes ago). */
const strandedRequest = async (bookingId: number, amount: number) => {
  const id = randomUUID()
  await sqlRows(payload, sql`INSERT INTO ticketing_refund_requests (id, booking_id, amount, created_at, updated_at)
                             VALUES (${id}::uuid, ${bookingId}, ${amount}, now() - interval '11 minutes', now() - interval '11 minutes')`)
  return id
}

const stateOf = async (id: string) => (await sqlRows(payload, sql`SELECT state, refund_id FROM ticketing_refund_requests WHERE id = ${id}::uuid`))[0]
const refund = (reference: string, amount: number) => rest('POST', `/ticketing/bookings/${reference}/refund`, { body: { amount }, token: admin })

describe('refund requests left waiting by a stopped process', () => {
  it('one Stripe never saw is released by the reconciliation, and its amount can be refunded again', async () => {
    const { booking, id } = await paidBooking()
    const request = await strandedRequest(id, 45000)
    expect((await refund(booking.reference, 100)).body.error.code).toBe('NOT_REFUNDABLE')
    expect((await rest('POST', '/ticketing/admin/reconcile', { token: admin })).status).toBe(200)
    expect(await stateOf(request)).toMatchObject({ state: 'failed' })
    expect((await refund(booking.reference, 100)).status).toBe(202)
  })

  it('one Stripe made is recorded by the reconciliation, once', async () => {
    const { booking, id, intent } = await paidBooking()
    const request = await strandedRequest(id, 5000)
    await payments.control.configure({ webhooks: { mode: 'drop' } })
    const made = await stripe.refunds.create({ amount: 5000, metadata: { refundRequestId: request }, payment_intent: intent.paymentIntentId })
    await payments.control.configure({ webhooks: { mode: 'deliver' } })
    expect((await rest('POST', '/ticketing/admin/reconcile', { token: admin })).status).toBe(200)
    expect(await stateOf(request)).toMatchObject({ refund_id: made.id, state: 'settled' })
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ amountRefunded: 5000, paymentStatus: 'PARTIALLY_REFUNDED' })
    const left = await refund(booking.reference, 40001)
    expect(left.body.error).toMatchObject({ code: 'VALIDATION', details: { refundable: 40000 } })
  })
})
