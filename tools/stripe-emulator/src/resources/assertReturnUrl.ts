import type Stripe from 'stripe'
import { StripeError } from '../stripeError.js'

/**
 * Stripe refuses to confirm an intent using Dashboard payment methods (automatic_payment_methods
 * without `allow_redirects: never`) unless a `return_url` is given.
 */
export function assertReturnUrl(intent: Stripe.PaymentIntent, returnUrl: string | undefined): void {
  const automatic = intent.automatic_payment_methods
  if (!automatic?.enabled || automatic.allow_redirects === 'never' || returnUrl) return
  throw StripeError.invalid(
    "This PaymentIntent is configured to accept payment methods enabled in your Dashboard. Because some of these payment methods might redirect your customer off of your page, you must provide a `return_url`. If you don't want to accept redirect-based payment methods, set `automatic_payment_methods[enabled]` to `true` and `automatic_payment_methods[allow_redirects]` to `never` when creating Setup Intents and Payment Intents.",
    { param: 'return_url' },
  )
}
