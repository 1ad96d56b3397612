import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import Stripe from 'stripe'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createEmulatorClient } from '../src/emulatorClient.js'
import { startStripeEmulator, type StripeEmulator } from '../src/startStripeEmulator.js'

let dir: string
let stateFile: string
const running: StripeEmulator[] = []

async function start() {
  const emulator = await startStripeEmulator({ port: 0, stateFile })
  running.push(emulator)
  const stripe = new Stripe('sk_test_123', { host: '127.0.0.1', port: emulator.port, protocol: 'http', maxNetworkRetries: 0 })
  return { emulator, stripe, control: createEmulatorClient(emulator.url) }
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'stripe-emulator-state-'))
  stateFile = path.join(dir, 'nested', 'state.json') // parent folder does not exist yet
})
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()))
  vi.restoreAllMocks()
  await rm(dir, { recursive: true, force: true })
})

describe('stateFile', () => {
  it('keeps customers, PaymentIntents, charges, events and idempotency keys across restarts', async () => {
    const first = await start()
    const customer = await first.stripe.customers.create({ email: 'ada@example.com', metadata: { userId: '42' } }, { idempotencyKey: 'cus-key' })
    const intent = await first.stripe.paymentIntents.create({
      amount: 4900, currency: 'eur', customer: customer.id, metadata: { bookingReference: 'MC2026-ABC234' },
    })
    await first.control.succeed(intent.id)
    await first.emulator.close() // close() flushes: no waiting for the debounce
    await expect(stat(`${stateFile}.tmp`)).rejects.toMatchObject({ code: 'ENOENT' })

    const second = await start()
    const restored = await second.stripe.paymentIntents.retrieve(intent.id)
    expect(restored).toMatchObject({
      id: intent.id, status: 'succeeded', amount: 4900, currency: 'eur', customer: customer.id,
      metadata: { bookingReference: 'MC2026-ABC234' }, client_secret: intent.client_secret,
    })
    expect(await second.stripe.customers.retrieve(customer.id)).toMatchObject({ id: customer.id, email: 'ada@example.com', metadata: { userId: '42' } })
    const charge = await second.stripe.charges.retrieve(restored.latest_charge as string)
    expect(charge).toMatchObject({ payment_intent: intent.id, amount: 4900, paid: true })
    const events = await second.stripe.events.list({ type: 'payment_intent.*' })
    expect(events.data.map((event) => event.type)).toEqual(['payment_intent.succeeded', 'payment_intent.created'])
    const replayed = await second.stripe.customers.create({ email: 'ada@example.com', metadata: { userId: '42' } }, { idempotencyKey: 'cus-key' })
    expect(replayed.id).toBe(customer.id)

    // The restored objects stay fully usable, and new objects get fresh ids.
    const refund = await second.stripe.refunds.create({ payment_intent: intent.id, amount: 900 })
    expect(refund).toMatchObject({ status: 'succeeded', amount: 900, charge: charge.id })
    const newCustomer = await second.stripe.customers.create({ email: 'bob@example.com' })
    const newIntent = await second.stripe.paymentIntents.create({ amount: 1000, currency: 'eur' })
    const knownIds = [customer.id, intent.id, charge.id, ...events.data.map((event) => event.id)]
    expect(knownIds).not.toContain(newCustomer.id)
    expect(knownIds).not.toContain(newIntent.id)
    expect((await second.stripe.paymentIntents.list()).data.map((pi) => pi.id)).toEqual([newIntent.id, intent.id])
  })

  it('restores payment methods made from test tokens with their card behaviour', async () => {
    const first = await start()
    const declined = await first.stripe.paymentIntents.create({ amount: 500, currency: 'eur', payment_method: 'pm_card_chargeDeclined' })
    await first.emulator.close()

    const second = await start()
    const paymentMethod = declined.payment_method as string
    expect(paymentMethod).toMatch(/^pm_/)
    const error = await second.stripe.paymentIntents
      .confirm(declined.id, { payment_method: paymentMethod, return_url: 'https://example.com/back' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ type: 'StripeCardError', code: 'card_declined', decline_code: 'generic_decline' })
  })

  it('saves control actions and resets too', async () => {
    const first = await start()
    const intent = await first.stripe.paymentIntents.create({ amount: 700, currency: 'eur' })
    await first.control.cancel(intent.id)
    await first.emulator.close()
    const second = await start()
    expect(await second.stripe.paymentIntents.retrieve(intent.id)).toMatchObject({ status: 'canceled' })
    await second.control.reset()
    await second.emulator.close()
    const third = await start()
    expect((await third.stripe.paymentIntents.list()).data).toEqual([])
  })

  it('starts empty (one warning, no throw) from a corrupt or foreign file, then replaces it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    await start().then(({ emulator }) => emulator.close()) // creates nothing: no file written
    await expect(stat(stateFile)).rejects.toMatchObject({ code: 'ENOENT' })
    await mkdir(path.dirname(stateFile))
    for (const content of ['{"version":1,"payment_intents":[[', '{"version":1,"payment_intents":[["cus_x",{}]]}', '[]']) {
      await writeFile(stateFile, content)
      warn.mockClear()
      const { emulator, stripe } = await start()
      expect(warn).toHaveBeenCalledTimes(1)
      expect(String(warn.mock.calls[0][0])).toContain(`ignoring corrupt state file ${stateFile}`)
      expect((await stripe.paymentIntents.list()).data).toEqual([])
      await stripe.customers.create({ email: 'new@example.com' })
      await emulator.close()
      expect(JSON.parse(await readFile(stateFile, 'utf8'))).toMatchObject({ version: 1, customers: [[expect.stringMatching(/^cus_/), expect.any(Object)]] })
    }
  })
})
