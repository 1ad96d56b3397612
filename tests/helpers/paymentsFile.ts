import type { Payload } from 'payload'
import Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach } from 'vitest'

import { getTestPayload } from './getTestPayload'
import { startPayments } from './stripeEmulator'

export type PaymentsFile = { payload: Payload; payments: Awaited<ReturnType<typeof startPayments>>; stripe: Stripe }

/**
 * The set-up of a test file that pays: Payload, the Stripe emulator delivering webhooks to
 * the site's handlers, and the real `stripe` SDK pointed at it (no retries); webhooks and
 * faults back to normal before each test. `ready` receives them once started.
 */
export const paymentsFile = (ready: (file: PaymentsFile) => void) => {
  let payments: PaymentsFile['payments'] | undefined
  beforeAll(async () => {
    const payload = await getTestPayload()
    payments = await startPayments()
    const stripe = new Stripe('sk_test_integration', { host: '127.0.0.1', maxNetworkRetries: 0, port: payments.emulator.port, protocol: 'http' })
    ready({ payload, payments, stripe })
  })
  afterAll(async () => {
    await payments?.close()
  })
  beforeEach(async () => {
    await payments!.control.configure({ faults: null, webhooks: { delayMs: 0, duplicate: false, mode: 'deliver', reverse: false } })
  })
}
