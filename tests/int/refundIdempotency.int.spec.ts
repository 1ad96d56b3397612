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
let finance: string
let stripe: Stripe

paymentsFile((file) => ({ payload, payments, stripe } = file))

beforeAll(async () => {
  finance = (await createStaff(payload, ['finance'])).token
})

const paidBooking = () => payAndConfirm(payload, payments.control)

const refund = (reference: string, body: Record<string, unknown>, key?: string) =>
  rest('POST', `/ticketing/bookings/${reference}/refund`, { body, headers: key ? { 'Idempotency-Key': key } : {}, token: finance })

const stripeRefunds = async (paymentIntentId: string) => (await stripe.refunds.list({ payment_intent: paymentIntentId })).data

describe('refunds are never deduplicated by amount or time', () => {
  it('two partial refunds of the same amount asked one after the other, without a key, are two refunds', async () => {
    const { booking, intent } = await paidBooking()
    const first = await refund(booking.reference, { amount: 5000 })
    await payments.control.waitForWebhooks()
    const second = await refund(booking.reference, { amount: 5000 })
    expect([first.status, second.status]).toEqual([202, 202])
    expect(second.body.refundId).not.toBe(first.body.refundId)
    expect(second.headers.get('idempotent-replayed')).toBeNull()
    await payments.control.waitForWebhooks()
    expect(await stripeRefunds(intent.paymentIntentId)).toHaveLength(2)
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ amountRefunded: 10000, paymentStatus: 'PARTIALLY_REFUNDED' })
  })
})

describe('Idempotency-Key on a refund', () => {
  it('a retry with the same key returns the same refund, even when the booking has since been refunded in full', async () => {
    const { booking, intent } = await paidBooking()
    const first = await refund(booking.reference, { amount: 5000, reason: 'requested_by_customer' }, 'refund-key-1')
    expect(first.status).toBe(202)
    await payments.control.waitForWebhooks()
    const retry = await refund(booking.reference, { amount: 5000, reason: 'requested_by_customer' }, 'refund-key-1')
    expect(retry.status).toBe(202)
    expect(retry.body).toEqual(first.body)
    expect(retry.headers.get('idempotent-replayed')).toBe('true')
    expect((await refund(booking.reference, {}, 'refund-key-2')).status).toBe(202)
    await payments.control.waitForWebhooks()
    expect((await refund(booking.reference, { amount: 5000, reason: 'requested_by_customer' }, 'refund-key-1')).body).toEqual(first.body)
    expect(await stripeRefunds(intent.paymentIntentId)).toHaveLength(2)
  })

  it('the same key with another body is 422 IDEMPOTENCY_KEY_REUSED', async () => {
    const { booking, intent } = await paidBooking()
    expect((await refund(booking.reference, { amount: 5000 }, 'reused-key')).status).toBe(202)
    const other = await refund(booking.reference, { amount: 6000 }, 'reused-key')
    expect(other.status).toBe(422)
    expect(other.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED')
    expect(await stripeRefunds(intent.paymentIntentId)).toHaveLength(1)
  })

  it('a key is the same refund for 24 hours, then a new one', async () => {
    const { booking, intent } = await paidBooking()
    const first = await refund(booking.reference, { amount: 3000 }, 'day-old-key')
    await sqlRows(payload, sql`UPDATE ticketing_refund_requests SET created_at = now() - interval '25 hours' WHERE refund_id = ${first.body.refundId}`)
    const later = await refund(booking.reference, { amount: 3000 }, 'day-old-key')
    expect(later.status).toBe(202)
    expect(later.body.refundId).not.toBe(first.body.refundId)
    expect(await stripeRefunds(intent.paymentIntentId)).toHaveLength(2)
  })

  it('Stripe down: 503 and nothing reserved; the retry with the same key makes the refund', async () => {
    const { booking, intent } = await paidBooking()
    await payments.control.configure({ faults: { pathPrefix: 'refunds', status: 500 } })
    const down = await refund(booking.reference, { amount: 45000 }, 'retry-key')
    expect(down.status).toBe(503)
    expect(down.body.error.code).toBe('PAYMENT_PROVIDER_UNAVAILABLE')
    await payments.control.configure({ faults: null })
    const retry = await refund(booking.reference, { amount: 45000 }, 'retry-key')
    expect(retry.status).toBe(202)
    expect(retry.body).toMatchObject({ amount: 45000, refundId: expect.stringMatching(/^re_/) })
    expect(await stripeRefunds(intent.paymentIntentId)).toHaveLength(1)
  })

  it('a refund Stripe refuses (charged back, its dispute webhook lost) is 409 NOT_REFUNDABLE and reserves nothing', async () => {
    const { booking } = await paidBooking()
    await payments.control.configure({ webhooks: { mode: 'drop' } })
    await payments.control.dispute((await storedBooking(payload, booking.reference)).paymentIntentId as string)
    await payments.control.configure({ webhooks: { mode: 'deliver' } })
    const refused = await refund(booking.reference, { amount: 1000 })
    expect(refused.status).toBe(409)
    expect(refused.body.error.code).toBe('NOT_REFUNDABLE')
    const open = await sqlRows(payload, sql`SELECT count(*)::int AS n FROM ticketing_refund_requests r JOIN bookings b ON b.id = r.booking_id WHERE b.reference = ${booking.reference} AND r.state = 'requested'`)
    expect(open[0].n).toBe(0)
  })

  it('the same key on two bookings is two refunds', async () => {
    const a = await paidBooking()
    const b = await paidBooking()
    const ra = await refund(a.booking.reference, { amount: 1000 }, 'shared-key')
    const rb = await refund(b.booking.reference, { amount: 1000 }, 'shared-key')
    expect([ra.status, rb.status]).toEqual([202, 202])
    expect(ra.body.refundId).not.toBe(rb.body.refundId)
  })

  it('an Idempotency-Key over 255 characters is 400 VALIDATION', async () => {
    const { booking } = await paidBooking()
    const res = await refund(booking.reference, { amount: 1000 }, 'k'.repeat(256))
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('VALIDATION')
  })
})
