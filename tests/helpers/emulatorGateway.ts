import { type PaymentGateway, stripeGateway } from '@masterclass/plugin-ticketing'

/** Nothing listens here: before a test file starts the emulator, payments fail as with Stripe down. */
const NO_EMULATOR = 'http://127.0.0.1:9'

/**
 * The payment gateway the integration tests give the plugin (option `paymentGateway`): the
 * plugin's Stripe gateway, with the real `stripe` SDK, talking to the emulator this test file
 * started (startPayments sets its address) — read when a payment is handled.
 */
export const emulatorGateway = (): PaymentGateway =>
  stripeGateway({
    apiBaseUrl: process.env.STRIPE_API_BASE_URL || NO_EMULATOR,
    publishableKey: process.env.STRIPE_PUBLISHABLE_KEY ?? '',
    secretKey: process.env.STRIPE_SECRET_KEY ?? 'sk_test_integration',
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? null,
  })
