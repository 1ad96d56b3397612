import { createEmulatorClient, startStripeEmulator } from '@masterclass/stripe-emulator'
import { drainWebhookEvents } from '@masterclass/plugin-ticketing'
import { startApiServer } from './apiServer'
import { getTestPayload } from './getTestPayload'

/**
 * The Stripe emulator for one test file, with its webhooks delivered over HTTP to the site's
 * real REST handlers, and STRIPE_API_BASE_URL pointing the real `stripe` SDK at it.
 */
export const startPayments = async () => {
  const api = await startApiServer()
  const emulator = await startStripeEmulator({
    port: 0,
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
    webhookUrl: `${api.url}/api/ticketing/stripe/webhook`,
  })
  process.env.STRIPE_API_BASE_URL = emulator.url
  const control = createEmulatorClient(emulator.url)
  // The site answers a webhook once it is stored and processes it right after: "the webhooks
  // have been handled" means delivered AND processed, so this also waits for the site's webhook
  // worker, and again for what processing made Stripe send (a refund's events), until calm.
  const waitForDeliveries = control.waitForWebhooks
  control.waitForWebhooks = async (timeoutMs) => {
    const payload = await getTestPayload()
    for (;;) {
      await waitForDeliveries(timeoutMs)
      const { duplicate, failed, processed } = await drainWebhookEvents(payload)
      if (duplicate + failed + processed === 0) return
    }
  }
  return {
    api,
    close: async () => {
      await emulator.close()
      await api.close()
    },
    control,
    emulator,
  }
}
