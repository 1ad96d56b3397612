import { createEmulatorClient } from '../../tools/stripe-emulator/src/emulatorClient'
import { startStripeEmulator } from '../../tools/stripe-emulator/src/startStripeEmulator'
import { startApiServer } from './apiServer'

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
