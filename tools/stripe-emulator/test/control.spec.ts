import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from './startHarness.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())
beforeEach(() => h.reset())

describe('control API', () => {
  it('answers CORS preflights and carries CORS headers', async () => {
    const preflight = await fetch(`${h.emulator.url}/_emulator/config`, { method: 'OPTIONS' })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST')
    const health = await fetch(`${h.emulator.url}/_emulator/health`)
    expect(health.headers.get('access-control-allow-origin')).toBe('*')
    expect(await health.json()).toEqual({ ok: true })
  })

  it('merges config and validates it', async () => {
    const merged = await h.control.configure({ webhooks: { delayMs: 5 }, refundsPending: true })
    expect(merged).toMatchObject({
      webhookUrl: h.webhookUrl,
      webhooks: { mode: 'deliver', delayMs: 5, retries: 3, duplicate: false, reverse: false },
      refundsPending: true,
      faults: null,
    })
    await expect(h.control.configure({ webhooks: { mode: 'later' as 'hold' } })).rejects.toThrow(/400.*mode/)
    await expect(h.control.configure({ bogus: true } as object)).rejects.toThrow(/Unknown config option: bogus/)
    expect((await h.control.config()).webhooks.delayMs).toBe(5)
  })

  it('reset clears objects, events, deliveries, idempotency keys and config but keeps the endpoint', async () => {
    const intent = await h.stripe.paymentIntents.create({ amount: 1500, currency: 'eur' }, { idempotencyKey: 'reset-key' })
    await h.control.configure({ webhooks: { mode: 'hold' }, refundsPending: true })
    await h.control.succeed(intent.id)
    const before = await h.control.state()
    expect(before.payment_intents).toHaveLength(1)
    expect(before.charges).toHaveLength(1)
    expect(before.events.map((event) => event.type)).toEqual(['payment_intent.created', 'charge.succeeded', 'payment_intent.succeeded'])
    await h.control.waitForWebhooks()
    await h.reset()
    const after = await h.control.state()
    expect(after).toMatchObject({ payment_intents: [], charges: [], events: [], deliveries: [], customers: [], refunds: [], disputes: [] })
    expect(after.config).toMatchObject({ webhookUrl: h.webhookUrl, refundsPending: false, webhooks: { mode: 'deliver' } })
    await expect(h.stripe.paymentIntents.retrieve(intent.id)).rejects.toMatchObject({ statusCode: 404 })
    const replay = await h.stripe.paymentIntents.create({ amount: 1500, currency: 'eur' }, { idempotencyKey: 'reset-key' })
    expect(replay.id).not.toBe(intent.id)
    await h.control.waitForWebhooks()
    expect(h.received.map((event) => event.data.object)).toEqual([expect.objectContaining({ id: replay.id })])
  })

  it('reports unknown routes, unknown objects and bad JSON as errors', async () => {
    const unknownRoute = await fetch(`${h.emulator.url}/_emulator/nope`, { method: 'POST' })
    expect(unknownRoute.status).toBe(404)
    await expect(h.control.succeed('pi_missing')).rejects.toThrow(/404.*No such payment_intent: 'pi_missing'/)
    const badJson = await fetch(`${h.emulator.url}/_emulator/config`, { method: 'POST', body: '{oops' })
    expect(badJson.status).toBe(400)
    const notV1 = await fetch(`${h.emulator.url}/v2/things`)
    expect(notV1.status).toBe(404)
  })

  it('wait times out while a delivery is still delayed', async () => {
    await h.control.configure({ webhooks: { delayMs: 400 } })
    await h.stripe.paymentIntents.create({ amount: 1500, currency: 'eur' })
    await expect(h.control.waitForWebhooks(50)).rejects.toThrow(/408/)
    await h.control.waitForWebhooks(2000)
    expect(h.received).toHaveLength(1)
  })
})
