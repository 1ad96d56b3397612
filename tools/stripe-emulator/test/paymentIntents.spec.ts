import Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from './startHarness.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())
beforeEach(() => h.reset())

const createParams = {
  amount: 4900,
  currency: 'eur',
  metadata: { bookingReference: 'MC2026-ABC234' },
  automatic_payment_methods: { enabled: true, allow_redirects: 'never' as const },
  receipt_email: 'guest@example.com',
}

async function rejection(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  const error = await promise.then(() => null, (caught: unknown) => caught)
  expect(error).toBeInstanceOf(Stripe.errors.StripeError)
  return error as Stripe.errors.StripeError
}

describe('PaymentIntents', () => {
  it('creates and retrieves a PaymentIntent with Stripe fields', async () => {
    const before = Math.floor(Date.now() / 1000)
    const created = await h.stripe.paymentIntents.create(createParams)
    expect(created.id).toMatch(/^pi_\w{24}$/)
    expect(created.client_secret).toMatch(new RegExp(`^${created.id}_secret_\\w+$`))
    expect(created.lastResponse.requestId).toMatch(/^req_/)
    expect(created).toMatchObject({
      object: 'payment_intent', amount: 4900, currency: 'eur', status: 'requires_payment_method', livemode: false,
      amount_received: 0, latest_charge: null, last_payment_error: null, cancellation_reason: null, customer: null,
      receipt_email: 'guest@example.com', metadata: { bookingReference: 'MC2026-ABC234' },
      automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
    })
    expect(created.created).toBeGreaterThanOrEqual(before)
    const retrieved = await h.stripe.paymentIntents.retrieve(created.id)
    const { lastResponse: _a, ...createdBody } = created
    const { lastResponse: _b, ...retrievedBody } = retrieved
    expect(retrievedBody).toEqual(createdBody)
  })

  it('updates amount, description and metadata (empty value unsets a key)', async () => {
    const created = await h.stripe.paymentIntents.create({ ...createParams, metadata: { a: '1', b: '2' } })
    const updated = await h.stripe.paymentIntents.update(created.id, {
      amount: 5900, description: 'Masterclass', metadata: { a: '', c: '3' }, receipt_email: '',
    })
    expect(updated).toMatchObject({ amount: 5900, description: 'Masterclass', metadata: { b: '2', c: '3' }, receipt_email: null })
    expect(updated.metadata).not.toHaveProperty('a')
  })

  it('rejects unknown, missing and malformed parameters like Stripe', async () => {
    const unknown = await rejection(h.stripe.paymentIntents.create({ ...createParams, foo: 'bar' } as Stripe.PaymentIntentCreateParams))
    expect(unknown).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(unknown).toMatchObject({ statusCode: 400, type: 'StripeInvalidRequestError', code: 'parameter_unknown', param: 'foo', message: 'Received unknown parameter: foo' })
    const nested = await rejection(h.stripe.paymentIntents.create({
      ...createParams, automatic_payment_methods: { enabled: true, bogus: 1 } as Stripe.PaymentIntentCreateParams.AutomaticPaymentMethods,
    }))
    expect(nested).toMatchObject({ code: 'parameter_unknown', param: 'automatic_payment_methods[bogus]' })
    const missing = await rejection(h.stripe.paymentIntents.create({ amount: 100 } as Stripe.PaymentIntentCreateParams))
    expect(missing).toMatchObject({ code: 'parameter_missing', param: 'currency', message: 'Missing required param: currency.' })
    const invalid = await rejection(h.stripe.paymentIntents.create({ ...createParams, amount: 'ten' as unknown as number }))
    expect(invalid).toMatchObject({ code: 'parameter_invalid_integer', param: 'amount' })
    const tooSmall = await rejection(h.stripe.paymentIntents.create({ ...createParams, amount: 20 }))
    expect(tooSmall).toMatchObject({ code: 'amount_too_small', param: 'amount' })
    const retrieveUnknown = await rejection(h.stripe.paymentIntents.retrieve('pi_123', { foo: 1 } as Stripe.PaymentIntentRetrieveParams))
    expect(retrieveUnknown).toMatchObject({ code: 'parameter_unknown', param: 'foo' })
    expect(await h.stripe.paymentIntents.list({ limit: 100 })).toMatchObject({ data: [] })
  })

  it('answers 404 resource_missing for unknown ids', async () => {
    const error = await rejection(h.stripe.paymentIntents.retrieve('pi_nope'))
    expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing', message: "No such payment_intent: 'pi_nope'" })
    const customer = await rejection(h.stripe.paymentIntents.create({ ...createParams, customer: 'cus_nope' }))
    expect(customer).toMatchObject({ statusCode: 404, param: 'customer', message: "No such customer: 'cus_nope'" })
  })

  it('answers 401 without a secret key', async () => {
    const response = await fetch(`${h.emulator.url}/v1/payment_intents`)
    expect(response.status).toBe(401)
    expect(response.headers.get('request-id')).toMatch(/^req_/)
    const body = (await response.json()) as { error: { type: string; message: string } }
    expect(body.error.type).toBe('invalid_request_error')
    expect(body.error.message).toMatch(/^You did not provide an API key/)
    const wrong = await rejection(h.makeStripe({}, 'sk_live_nothere').paymentIntents.list())
    expect(wrong).toBeInstanceOf(Stripe.errors.StripeAuthenticationError)
    expect(wrong.message).toMatch(/^Invalid API Key provided: sk_live_\*+here$/)
  })

  it('cancels with a reason and refuses to cancel twice or after success', async () => {
    const intent = await h.stripe.paymentIntents.create(createParams)
    const canceled = await h.stripe.paymentIntents.cancel(intent.id, { cancellation_reason: 'abandoned' })
    expect(canceled).toMatchObject({ status: 'canceled', cancellation_reason: 'abandoned' })
    expect(canceled.canceled_at).toEqual(expect.any(Number))
    const again = await rejection(h.stripe.paymentIntents.cancel(intent.id))
    expect(again).toMatchObject({ statusCode: 400, code: 'payment_intent_unexpected_state' })
    expect(again.message).toContain('status of canceled')
    const paid = await h.stripe.paymentIntents.create(createParams)
    await h.control.succeed(paid.id)
    const afterSuccess = await rejection(h.stripe.paymentIntents.cancel(paid.id))
    expect(afterSuccess).toMatchObject({ code: 'payment_intent_unexpected_state' })
    expect(afterSuccess.message).toContain('status of succeeded')
  })

  it('only lets metadata-like fields change once succeeded', async () => {
    const intent = await h.stripe.paymentIntents.create(createParams)
    await h.control.succeed(intent.id)
    const error = await rejection(h.stripe.paymentIntents.update(intent.id, { amount: 100 }))
    expect(error).toMatchObject({ code: 'payment_intent_unexpected_state', param: 'amount' })
    expect(error.message).toBe(
      "This PaymentIntent's amount could not be updated because it has a status of succeeded. You may only update the amount of a PaymentIntent with one of the following statuses: requires_payment_method, requires_confirmation, requires_action.",
    )
    const updated = await h.stripe.paymentIntents.update(intent.id, { metadata: { note: 'ok' } })
    expect(updated.metadata).toEqual({ bookingReference: 'MC2026-ABC234', note: 'ok' })
    expect(updated.amount).toBe(4900)
  })

  it('lists newest first with cursors, created range and customer filter', async () => {
    const customer = await h.stripe.customers.create({ email: 'list@example.com' })
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      const intent = await h.stripe.paymentIntents.create({ ...createParams, amount: 1000 + i, ...(i % 2 === 0 ? { customer: customer.id } : {}) })
      ids.push(intent.id)
    }
    const newest = [...ids].reverse()
    const first = await h.stripe.paymentIntents.list({ limit: 2 })
    expect(first.data.map((item) => item.id)).toEqual(newest.slice(0, 2))
    expect(first.has_more).toBe(true)
    expect(first.url).toBe('/v1/payment_intents')
    const second = await h.stripe.paymentIntents.list({ limit: 2, starting_after: first.data[1].id })
    expect(second.data.map((item) => item.id)).toEqual(newest.slice(2, 4))
    const back = await h.stripe.paymentIntents.list({ limit: 2, ending_before: newest[3] })
    expect(back.data.map((item) => item.id)).toEqual(newest.slice(1, 3))
    const all: string[] = []
    for await (const intent of h.stripe.paymentIntents.list({ limit: 2 })) all.push(intent.id)
    expect(all).toEqual(newest)
    const mine = await h.stripe.paymentIntents.list({ customer: customer.id })
    expect(mine.data.map((item) => item.id)).toEqual([newest[0], newest[2], newest[4]])
    const future = await h.stripe.paymentIntents.list({ created: { gt: Math.floor(Date.now() / 1000) + 60 } })
    expect(future.data).toEqual([])
    const recent = await h.stripe.paymentIntents.list({ created: { gte: Math.floor(Date.now() / 1000) - 60 }, limit: 100 })
    expect(recent.data).toHaveLength(5)
    const badCursor = await rejection(h.stripe.paymentIntents.list({ starting_after: 'pi_missing' }))
    expect(badCursor).toMatchObject({ statusCode: 404, param: 'starting_after' })
  })

  it('expands latest_charge and confirms test cards (declines answer 402)', async () => {
    const intent = await h.stripe.paymentIntents.create({ ...createParams, payment_method: 'pm_card_chargeDeclined' })
    expect(intent.status).toBe('requires_confirmation')
    const declined = await rejection(h.stripe.paymentIntents.confirm(intent.id))
    expect(declined).toBeInstanceOf(Stripe.errors.StripeCardError)
    expect(declined).toMatchObject({ statusCode: 402, code: 'card_declined', decline_code: 'generic_decline' })
    expect(declined.payment_intent).toMatchObject({ id: intent.id, status: 'requires_payment_method' })
    const paid = await h.stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_visa', expand: ['latest_charge'] })
    expect(paid.status).toBe('succeeded')
    const charge = paid.latest_charge as Stripe.Charge
    expect(charge).toMatchObject({ object: 'charge', status: 'succeeded', paid: true, amount: 4900, payment_intent: intent.id })
    expect(charge.payment_method_details?.card?.last4).toBe('4242')
  })

  it('searches PaymentIntents by metadata and status', async () => {
    const a = await h.stripe.paymentIntents.create(createParams)
    await h.stripe.paymentIntents.create({ ...createParams, metadata: { bookingReference: 'OTHER' } })
    const found = await h.stripe.paymentIntents.search({ query: "metadata['bookingReference']:'MC2026-ABC234' AND status:'requires_payment_method'" })
    expect(found.data.map((item) => item.id)).toEqual([a.id])
    const unsupported = await rejection(h.stripe.paymentIntents.search({ query: "color:'red'" }))
    expect(unsupported.message).toContain('unsupported search field')
  })

  it('captures manual-capture intents, partially releasing the rest', async () => {
    const intent = await h.stripe.paymentIntents.create({ ...createParams, capture_method: 'manual' })
    const authorized = await h.control.succeed(intent.id)
    expect(authorized).toMatchObject({ status: 'requires_capture', amount_capturable: 4900, amount_received: 0 })
    const tooMuch = await rejection(h.stripe.paymentIntents.capture(intent.id, { amount_to_capture: 5000 }))
    expect(tooMuch).toMatchObject({ param: 'amount_to_capture' })
    const captured = await h.stripe.paymentIntents.capture(intent.id, { amount_to_capture: 4000 })
    expect(captured).toMatchObject({ status: 'succeeded', amount_received: 4000, amount_capturable: 0 })
    const charge = await h.stripe.charges.retrieve(String(captured.latest_charge))
    expect(charge).toMatchObject({ captured: true, amount_captured: 4000, amount_refunded: 900 })
    const events = await h.stripe.events.list({ types: ['payment_intent.amount_capturable_updated', 'charge.captured', 'payment_intent.succeeded'] })
    expect(events.data.map((event) => event.type)).toEqual(['payment_intent.succeeded', 'charge.captured', 'payment_intent.amount_capturable_updated'])
  })

  it('needs a return_url to confirm with Dashboard payment methods and handles 3DS cards', async () => {
    const refused = await rejection(h.stripe.paymentIntents.create({ amount: 1500, currency: 'eur', confirm: true, payment_method: 'pm_card_visa' }))
    expect(refused).toMatchObject({ statusCode: 400, param: 'return_url' })
    expect((await h.stripe.paymentIntents.list()).data).toEqual([])
    const challenged = await h.stripe.paymentIntents.create({
      amount: 1500, currency: 'eur', confirm: true, payment_method: 'pm_card_authenticationRequired', return_url: 'https://example.com/back',
    })
    expect(challenged).toMatchObject({
      status: 'requires_action',
      next_action: { type: 'redirect_to_url', redirect_to_url: { return_url: 'https://example.com/back' } },
    })
    expect(await h.control.succeed(challenged.id)).toMatchObject({ status: 'succeeded', next_action: null })
  })
})
