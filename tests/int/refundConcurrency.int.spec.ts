import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startAppProcess } from '../helpers/appProcess'
import { createEvent, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { bookAndStartPayment, sqlRows, storedBooking } from '../helpers/payments'
import { startPayments } from '../helpers/stripeEmulator'

// Refunds at once against a real app process (its own connection pool of 10), while the site
// must keep answering. A request that never answers is cut after LIVENESS_MS: the point is that
// nothing hangs, not how fast it goes (the durations are printed, never asserted).
const LIVENESS_MS = 60_000

let payload: Payload
let payments: Awaited<ReturnType<typeof startPayments>>
let app: Awaited<ReturnType<typeof startAppProcess>>
let finance: string
let stripe: Stripe

beforeAll(async () => {
  payload = await getTestPayload()
  payments = await startPayments()
  app = await startAppProcess()
  stripe = new Stripe('sk_test_integration', { host: '127.0.0.1', maxNetworkRetries: 0, port: payments.emulator.port, protocol: 'http' })
  finance = (await createStaff(payload, ['finance'])).token
}, 120_000)

afterAll(async () => {
  await app?.stop()
  await payments?.close()
})

const paidBookings = async (count: number, quantity = 1) => {
  const event = await createEvent(payload, { capacity: count * quantity })
  const attendees = Array.from({ length: quantity }, (_, i) => ({ name: `Guest ${i + 1}` }))
  const made: Awaited<ReturnType<typeof bookAndStartPayment>>[] = []
  for (let i = 0; i < count; i += 10) {
    made.push(...(await Promise.all(Array.from({ length: Math.min(10, count - i) }, () => bookAndStartPayment(event.id as number, { attendees, quantity })))))
  }
  for (const { intent } of made) await payments.control.succeed(intent.paymentIntentId)
  await payments.control.waitForWebhooks(60_000)
  return { event, made }
}

const refund = async (reference: string, body: Record<string, unknown>) => {
  const res = await fetch(`${app.url}/api/ticketing/bookings/${reference}/refund`, {
    body: JSON.stringify(body),
    headers: { Authorization: `JWT ${finance}`, 'Content-Type': 'application/json' },
    method: 'POST',
    signal: AbortSignal.timeout(LIVENESS_MS),
  })
  return { body: await res.json(), status: res.status }
}

/** Runs `work` while health requests are sent one after another; returns both outcomes. */
const withHealthProbe = async <T>(work: () => Promise<T>) => {
  let done = false
  const health: { ms: number; status: number }[] = []
  const probe = (async () => {
    while (!done) {
      const started = performance.now()
      const res = await fetch(`${app.url}/api/ticketing/health`, { signal: AbortSignal.timeout(LIVENESS_MS) })
      health.push({ ms: performance.now() - started, status: res.status })
    }
  })()
  const started = performance.now()
  const result = await work().finally(() => (done = true))
  const totalMs = performance.now() - started
  await probe
  return { health, result, totalMs }
}

describe('many refunds at once', () => {
  it('100 refunds of 100 paid bookings at once each finish with the right outcome, and the site keeps answering', async () => {
    const { event, made } = await paidBookings(100)
    const { health, result, totalMs } = await withHealthProbe(() => Promise.all(made.map(({ booking }) => refund(booking.reference, { reason: 'requested_by_customer' }))))
    console.log(`100 refunds on 100 bookings: ${Math.round(totalMs)} ms; health: ${health.length} answers, max ${Math.round(Math.max(...health.map((h) => h.ms)))} ms`)

    expect(result.map((r) => r.status)).toEqual(Array(100).fill(202))
    expect(result.every((r) => r.body.amount === 45000 && /^re_/.test(r.body.refundId))).toBe(true)
    expect(health.length).toBeGreaterThan(0)
    expect(health.every((h) => h.status === 200)).toBe(true)
    await payments.control.waitForWebhooks(60_000)
    for (const { booking, intent } of made) {
      expect((await stripe.refunds.list({ payment_intent: intent.paymentIntentId })).data.map((r) => r.amount)).toEqual([45000])
      expect(await storedBooking(payload, booking.reference)).toMatchObject({ amountRefunded: 45000, paymentStatus: 'REFUNDED', status: 'REFUNDED' })
    }
    expect((await payload.findByID({ collection: 'city-events', id: event.id })).seatsConfirmed).toBe(0)
  }, 300_000)

  it('100 refunds of one booking at once never exceed what was paid; the excess ones get 400 VALIDATION', async () => {
    const { made } = await paidBookings(1)
    const [{ booking, intent }] = made
    const { health, result, totalMs } = await withHealthProbe(() => Promise.all(Array.from({ length: 100 }, () => refund(booking.reference, { amount: 700 }))))
    console.log(`100 refunds on 1 booking: ${Math.round(totalMs)} ms; health: ${health.length} answers, max ${Math.round(Math.max(...health.map((h) => h.ms)))} ms`)

    const accepted = result.filter((r) => r.status === 202)
    const refused = result.filter((r) => r.status !== 202)
    // 45000 paid: 64 refunds of 700 fit (44800), 200 is left, the other 36 are refused.
    expect(accepted).toHaveLength(64)
    expect(refused).toHaveLength(36)
    expect(refused.filter((r) => !(r.status === 400 && r.body.error.code === 'VALIDATION' && r.body.error.details.refundable === 200))).toEqual([])
    expect(new Set(accepted.map((r) => r.body.refundId)).size).toBe(64)
    expect(health.every((h) => h.status === 200)).toBe(true)
    const atStripe = (await stripe.refunds.list({ limit: 100, payment_intent: intent.paymentIntentId })).data
    expect(atStripe.reduce((sum, r) => sum + r.amount, 0)).toBe(44800)
    await payments.control.waitForWebhooks(60_000)
    expect(await storedBooking(payload, booking.reference)).toMatchObject({ amountRefunded: 44800, paymentStatus: 'PARTIALLY_REFUNDED', status: 'CONFIRMED' })
    const [open] = await sqlRows(payload, sql`SELECT count(*)::int AS n FROM ticketing_refund_requests WHERE booking_id = ${(await storedBooking(payload, booking.reference)).id} AND state = 'requested'`)
    expect(open.n).toBe(0)
  }, 300_000)
})
