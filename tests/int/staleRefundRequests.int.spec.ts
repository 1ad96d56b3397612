import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import Stripe from 'stripe'
import { beforeAll, describe, expect, it } from 'vitest'

import { createStaff } from '../helpers/fixtures'
import { sqlRows, storedBooking, paidBooking as payAndConfirm } from '../helpers/payments'
import { rest } from '../helpers/rest'
import { paymentsFile, type PaymentsFile } from '../helpers/paymentsFile'

let payload: Payload
let payments: PaymentsFile['payments']
let admin: string
let stripe: Stripe

paymentsFile((file) => ({ payload, payments, stripe } = file))

beforeAll(async () => {
  admin = (await createStaff(payload, ['admin'])).token
})

const paidBooking = () => payAndConfirm(payload, payments.control)

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

describe('a refund whose webhooks were lost', () => {
  it('is recorded and credited by the reconciliation even when the payment was disputed after it', async () => {
    const { booking, id, intent } = await paidBooking()
    await payments.control.configure({ webhooks: { mode: 'drop' } })
    expect((await refund(booking.reference, 45000)).status).toBe(202)
    await payments.control.configure({ webhooks: { mode: 'deliver' } })
    await payments.control.dispute(intent.paymentIntentId)
    await payments.control.waitForWebhooks()
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ amountRefunded: 0, paymentStatus: 'DISPUTED' })

    expect((await rest('POST', '/ticketing/admin/reconcile', { token: admin })).status).toBe(200)
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ amountRefunded: 45000, paymentStatus: 'DISPUTED' })
    const documents = await sqlRows(payload, sql`SELECT kind, total FROM invoices WHERE booking_id = ${id} ORDER BY id`)
    expect(documents.map((d) => [d.kind, Number(d.total)])).toEqual([
      ['INVOICE', 45000],
      ['CREDIT_NOTE', 45000],
    ])
  })
})
