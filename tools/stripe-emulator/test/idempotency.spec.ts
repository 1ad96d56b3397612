import Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from './startHarness.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())
beforeEach(() => h.reset())

const params = { amount: 2500, currency: 'eur', metadata: { bookingReference: 'MC2026-IDEMP1' } }

describe('Idempotency-Key', () => {
  it('replays the stored response for the same key and parameters', async () => {
    const first = await h.stripe.paymentIntents.create(params, { idempotencyKey: 'booking-1' })
    const second = await h.stripe.paymentIntents.create({ ...params }, { idempotencyKey: 'booking-1' })
    expect(second.id).toBe(first.id)
    expect(second.client_secret).toBe(first.client_secret)
    expect(second.lastResponse.headers['idempotent-replayed']).toBe('true')
    expect(first.lastResponse.headers['idempotent-replayed']).toBeUndefined()
    expect(second.lastResponse.idempotencyKey).toBe('booking-1')
    const listed = await h.stripe.paymentIntents.list()
    expect(listed.data).toHaveLength(1)
    const created = await h.stripe.events.list({ type: 'payment_intent.created' })
    expect(created.data).toHaveLength(1)
    expect(created.data[0].request).toEqual({ id: first.lastResponse.requestId, idempotency_key: 'booking-1' })
  })

  it('rejects the same key with different parameters', async () => {
    await h.stripe.paymentIntents.create(params, { idempotencyKey: 'booking-2' })
    const error = await h.stripe.paymentIntents.create({ ...params, amount: 2600 }, { idempotencyKey: 'booking-2' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError)
    expect(error).toMatchObject({
      statusCode: 400,
      type: 'StripeIdempotencyError',
      message:
        "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than 'booking-2' if you meant to execute a different request.",
    })
  })

  it('scopes keys per API key and endpoint path', async () => {
    const a = await h.stripe.paymentIntents.create(params, { idempotencyKey: 'shared' })
    const b = await h.makeStripe({}, 'sk_test_other').paymentIntents.create(params, { idempotencyKey: 'shared' })
    expect(b.id).not.toBe(a.id)
    const customer = await h.stripe.customers.create({ email: 'scope@example.com' }, { idempotencyKey: 'shared' })
    expect(customer.id).toMatch(/^cus_/)
  })

  it('does not store requests that failed validation, but stores state errors', async () => {
    const invalid = await h.stripe.paymentIntents
      .create({ ...params, bogus: 'x' } as Stripe.PaymentIntentCreateParams, { idempotencyKey: 'retry-me' })
      .catch((e: unknown) => e)
    expect(invalid).toMatchObject({ code: 'parameter_unknown' })
    const fixed = await h.stripe.paymentIntents.create(params, { idempotencyKey: 'retry-me' })
    expect(fixed.id).toMatch(/^pi_/)

    const intent = await h.stripe.paymentIntents.create(params)
    const firstRefund = await h.stripe.refunds.create({ payment_intent: intent.id }, { idempotencyKey: 'refund-early' }).catch((e: unknown) => e)
    expect(firstRefund).toMatchObject({ code: 'charge_not_refundable' })
    await h.control.succeed(intent.id)
    const replayed = await h.stripe.refunds.create({ payment_intent: intent.id }, { idempotencyKey: 'refund-early' }).catch((e: unknown) => e)
    expect(replayed).toMatchObject({ code: 'charge_not_refundable' })
    const fresh = await h.stripe.refunds.create({ payment_intent: intent.id }, { idempotencyKey: 'refund-late' })
    expect(fresh.status).toBe('succeeded')
  })
})
