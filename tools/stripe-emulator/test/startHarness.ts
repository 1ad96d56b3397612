import http from 'node:http'
import type { AddressInfo } from 'node:net'
import Stripe from 'stripe'
import { createEmulatorClient, type EmulatorClient } from '../src/emulatorClient.js'
import { startStripeEmulator, type StripeEmulator } from '../src/startStripeEmulator.js'

export const WEBHOOK_SECRET = 'whsec_test_harness_secret'

export interface Harness {
  emulator: StripeEmulator
  /** Real SDK client pointed at the emulator (no retries). */
  stripe: Stripe
  control: EmulatorClient
  webhookUrl: string
  /** Events whose delivery passed `stripe.webhooks.constructEvent`, in arrival order. */
  received: Stripe.Event[]
  /** constructEvent error messages for deliveries that failed verification. */
  rejected: string[]
  /** Makes the receiver answer `status` to the next `count` (valid) deliveries. */
  failNext(count: number, status?: number): void
  makeStripe(config?: Stripe.StripeConfig, apiKey?: string): Stripe
  /** Resets the emulator (keeping the webhook endpoint) and the receiver's records. */
  reset(): Promise<void>
  close(): Promise<void>
}

/** Emulator on a random port + a webhook receiver verifying every delivery like a real endpoint. */
export async function startHarness(): Promise<Harness> {
  const received: Stripe.Event[] = []
  const rejected: string[] = []
  let failures: { count: number; status: number } = { count: 0, status: 500 }
  const verifier = new Stripe('sk_test_verifier')
  const receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      try {
        const event = verifier.webhooks.constructEvent(Buffer.concat(chunks), req.headers['stripe-signature'] ?? '', WEBHOOK_SECRET)
        if (failures.count > 0) {
          failures.count--
          res.writeHead(failures.status).end()
          return
        }
        received.push(event)
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"received":true}')
      } catch (error) {
        rejected.push(error instanceof Error ? error.message : String(error))
        res.writeHead(400).end()
      }
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/stripe`
  const emulator = await startStripeEmulator({ port: 0, webhookUrl, webhookSecret: WEBHOOK_SECRET })
  const makeStripe = (config: Stripe.StripeConfig = {}, apiKey = 'sk_test_123') =>
    new Stripe(apiKey, { host: '127.0.0.1', port: emulator.port, protocol: 'http', maxNetworkRetries: 0, ...config })
  const control = createEmulatorClient(emulator.url)
  return {
    emulator,
    stripe: makeStripe(),
    control,
    webhookUrl,
    received,
    rejected,
    failNext(count, status = 500) {
      failures = { count, status }
    },
    makeStripe,
    async reset() {
      await control.reset()
      received.length = 0
      rejected.length = 0
      failures = { count: 0, status: 500 }
    },
    async close() {
      await emulator.close()
      receiver.closeAllConnections()
      await new Promise<void>((resolve) => receiver.close(() => resolve()))
    },
  }
}
