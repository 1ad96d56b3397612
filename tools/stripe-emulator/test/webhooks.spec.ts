import Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type Harness, startHarness, WEBHOOK_SECRET } from './startHarness.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())
beforeEach(() => h.reset())

const newIntent = () =>
  h.stripe.paymentIntents.create({ amount: 1500, currency: 'eur', metadata: { bookingReference: 'MC2026-WEBHK1' } })
const types = () => h.received.map((event) => event.type)

describe('webhooks', () => {
  it('delivers signed events when a PaymentIntent succeeds', async () => {
    const intent = await newIntent()
    const succeeded = await h.control.succeed(intent.id)
    expect(succeeded.status).toBe('succeeded')
    expect(succeeded.latest_charge).toMatch(/^ch_/)
    expect(succeeded.amount_received).toBe(1500)
    await h.control.waitForWebhooks()
    expect(h.rejected).toEqual([])
    expect(types()).toEqual(['payment_intent.created', 'charge.succeeded', 'payment_intent.succeeded'])
    const event = h.received[2] as Stripe.PaymentIntentSucceededEvent
    expect(event).toMatchObject({
      object: 'event', api_version: Stripe.API_VERSION, livemode: false, pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
    })
    expect(event.id).toMatch(/^evt_/)
    expect(event.data.object).toMatchObject({ id: intent.id, status: 'succeeded', latest_charge: succeeded.latest_charge, metadata: { bookingReference: 'MC2026-WEBHK1' } })
    const retrieved = await h.stripe.paymentIntents.retrieve(intent.id)
    expect(retrieved.latest_charge).toBe(succeeded.latest_charge)
    const charge = await h.stripe.charges.retrieve(String(succeeded.latest_charge))
    expect(charge).toMatchObject({ paid: true, captured: true, amount: 1500, payment_intent: intent.id, metadata: { bookingReference: 'MC2026-WEBHK1' } })
    const stored = await h.stripe.events.retrieve(event.id)
    expect(stored.pending_webhooks).toBe(0)
    const state = await h.control.state()
    expect(state.deliveries.map((d) => [d.type, d.status, d.attempts, d.lastStatusCode])).toEqual([
      ['payment_intent.created', 'succeeded', 1, 200],
      ['charge.succeeded', 'succeeded', 1, 200],
      ['payment_intent.succeeded', 'succeeded', 1, 200],
    ])
  })

  it('sets last_payment_error when a payment fails', async () => {
    const intent = await newIntent()
    const failed = await h.control.fail(intent.id, { decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' })
    expect(failed.status).toBe('requires_payment_method')
    expect(failed.last_payment_error).toMatchObject({
      type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.',
    })
    await h.control.waitForWebhooks()
    expect(types()).toEqual(['payment_intent.created', 'charge.failed', 'payment_intent.payment_failed'])
    const event = h.received[2] as Stripe.PaymentIntentPaymentFailedEvent
    expect(event.data.object.last_payment_error?.decline_code).toBe('insufficient_funds')
    const retried = await h.control.succeed(intent.id)
    expect(retried).toMatchObject({ status: 'succeeded', last_payment_error: null })
  })

  it('emits processing, requires_action and canceled events', async () => {
    const a = await newIntent()
    await h.control.process(a.id)
    const b = await newIntent()
    const action = await h.control.requireAction(b.id)
    expect(action.next_action?.type).toBe('redirect_to_url')
    await h.control.cancel(b.id, { cancellation_reason: 'abandoned' })
    await h.control.waitForWebhooks()
    expect(types().filter((type) => type !== 'payment_intent.created')).toEqual([
      'payment_intent.processing', 'payment_intent.requires_action', 'payment_intent.canceled',
    ])
    await expect(h.control.process(b.id)).rejects.toThrow(/status of canceled/)
  })

  it('holds events, then flushes them reversed and duplicated', async () => {
    await h.control.configure({ webhooks: { mode: 'hold' } })
    const intent = await newIntent()
    await h.control.succeed(intent.id)
    await h.control.waitForWebhooks()
    expect(h.received).toEqual([])
    const held = await h.control.state()
    expect(held.deliveries.map((d) => d.status)).toEqual(['held', 'held', 'held'])
    const { flushed } = await h.control.flush({ order: 'reverse', duplicate: true })
    expect(flushed).toBe(6)
    await h.control.waitForWebhooks()
    expect(types()).toEqual([
      'payment_intent.succeeded', 'payment_intent.succeeded', 'charge.succeeded', 'charge.succeeded',
      'payment_intent.created', 'payment_intent.created',
    ])
    expect(h.received[0].id).toBe(h.received[1].id)
  })

  it('reverses and duplicates live batches and drops events in drop mode', async () => {
    await h.control.configure({ webhooks: { reverse: true, duplicate: true } })
    const intent = await newIntent()
    await h.control.waitForWebhooks()
    h.received.length = 0
    await h.control.succeed(intent.id)
    await h.control.waitForWebhooks()
    expect(types()).toEqual(['payment_intent.succeeded', 'payment_intent.succeeded', 'charge.succeeded', 'charge.succeeded'])
    await h.control.configure({ webhooks: { mode: 'drop', reverse: false, duplicate: false } })
    h.received.length = 0
    await newIntent()
    await h.control.waitForWebhooks()
    expect(h.received).toEqual([])
    const state = await h.control.state()
    expect(state.deliveries.at(-1)).toMatchObject({ type: 'payment_intent.created', status: 'dropped', attempts: 0 })
  })

  it('retries failed deliveries and records every attempt', async () => {
    h.failNext(2, 503)
    await newIntent()
    await h.control.waitForWebhooks()
    expect(types()).toEqual(['payment_intent.created'])
    const [delivery] = (await h.control.state()).deliveries
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 3, lastStatusCode: 200 })
    expect(delivery.history.map((attempt) => attempt.statusCode)).toEqual([503, 503, 200])

    await h.control.configure({ webhooks: { retries: 1 } })
    h.failNext(5, 500)
    await newIntent()
    await h.control.waitForWebhooks()
    const last = (await h.control.state()).deliveries.at(-1)
    expect(last).toMatchObject({ status: 'failed', attempts: 2, lastStatusCode: 500 })
  })

  it('redelivers an event with an old timestamp that fails the 300 s tolerance', async () => {
    const intent = await newIntent()
    await h.control.waitForWebhooks()
    const [created] = h.received
    expect(created.data.object).toMatchObject({ id: intent.id })
    const stale = await h.control.deliverEvent(created.id, { timestampOffsetSeconds: -3600, retries: 0 })
    expect(stale).toMatchObject({ eventId: created.id, status: 'failed', attempts: 1, lastStatusCode: 400 })
    expect(h.rejected).toHaveLength(1)
    expect(h.rejected[0]).toMatch(/Timestamp outside the tolerance zone/)
    const header = Stripe.webhooks.generateTestHeaderString({ payload: '{}', secret: WEBHOOK_SECRET, timestamp: stale.history[0].signatureTimestamp })
    expect(() => Stripe.webhooks.constructEvent('{}', header, WEBHOOK_SECRET)).toThrow(/tolerance/)
    const fresh = await h.control.deliverEvent(created.id)
    expect(fresh).toMatchObject({ status: 'succeeded', lastStatusCode: 200 })
    expect(h.received.map((event) => event.id)).toEqual([created.id, created.id])
  })

  it('lists and filters events', async () => {
    const intent = await newIntent()
    await h.control.succeed(intent.id)
    const all = await h.stripe.events.list()
    expect(all.data.map((event) => event.type)).toEqual(['payment_intent.succeeded', 'charge.succeeded', 'payment_intent.created'])
    const piOnly = await h.stripe.events.list({ type: 'payment_intent.*' })
    expect(piOnly.data.map((event) => event.type)).toEqual(['payment_intent.succeeded', 'payment_intent.created'])
    const some = await h.stripe.events.list({ types: ['charge.succeeded', 'payment_intent.created'] })
    expect(some.data.map((event) => event.type)).toEqual(['charge.succeeded', 'payment_intent.created'])
    const page = await h.stripe.events.list({ limit: 1, starting_after: all.data[0].id })
    expect(page.data.map((event) => event.id)).toEqual([all.data[1].id])
    expect(page.has_more).toBe(true)
    const none = await h.stripe.events.list({ created: { lt: all.data[2].created } })
    expect(none.data).toEqual([])
  })
})
