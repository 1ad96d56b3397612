import Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from './startHarness.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())
beforeEach(() => h.reset())

const params = { amount: 1500, currency: 'eur' }

describe('fault injection', () => {
  it('answers api_error 500 for the next `count` requests, surfacing as StripeAPIError', async () => {
    await h.control.configure({ faults: { status: 500, count: 1 } })
    const error = await h.stripe.paymentIntents.create(params).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Stripe.errors.StripeAPIError)
    expect(error).toMatchObject({ statusCode: 500, type: 'StripeAPIError' })
    expect((await h.stripe.paymentIntents.list()).data).toEqual([])
    const ok = await h.stripe.paymentIntents.create(params)
    expect(ok.status).toBe('requires_payment_method')
    expect((await h.control.config()).faults).toBeNull()
  })

  it('limits faults to a path prefix and lets the SDK retry through them', async () => {
    await h.control.configure({ faults: { status: 503, pathPrefix: 'refunds' } })
    const intent = await h.control.succeed((await h.stripe.paymentIntents.create(params)).id)
    const refund = await h.stripe.refunds.create({ payment_intent: intent.id }).catch((e: unknown) => e)
    expect(refund).toMatchObject({ statusCode: 503 })
    await h.control.configure({ faults: { status: 502, count: 1 } })
    const retrying = h.makeStripe({ maxNetworkRetries: 1 })
    const created = await retrying.paymentIntents.create(params)
    expect(created.id).toMatch(/^pi_/)
    expect((await h.stripe.paymentIntents.list()).data.map((item) => item.id)).toEqual([created.id, intent.id])
  })

  it('hangs requests so a short SDK timeout becomes a connection error', async () => {
    const intent = await h.stripe.paymentIntents.create(params)
    await h.control.configure({ faults: { timeoutMs: 1500, count: 1, pathPrefix: '/v1/payment_intents' } })
    const impatient = h.makeStripe({ timeout: 200 })
    const started = Date.now()
    const error = await impatient.paymentIntents.retrieve(intent.id).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Stripe.errors.StripeConnectionError)
    expect((error as Error).message).toMatch(/timeout/i)
    expect(Date.now() - started).toBeLessThan(1400)
    expect((await h.stripe.paymentIntents.retrieve(intent.id)).id).toBe(intent.id)
  })
})
