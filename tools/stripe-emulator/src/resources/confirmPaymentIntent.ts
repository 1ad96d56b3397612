import type Stripe from 'stripe'
import { StripeError } from '../stripeError.js'
import type { EmulatorContext, RequestOrigin } from '../types.js'
import { assertReturnUrl } from './assertReturnUrl.js'
import { paymentIntentTransitions } from './paymentIntentTransitions.js'
import { paymentMethodFromParam } from './paymentMethodFromParam.js'
import { testCards } from './testCards.js'

export interface ConfirmOptions {
  paymentMethod?: string
  returnUrl?: string
  errorOnRequiresAction?: boolean
}

/**
 * `confirm` as Stripe runs it with test cards: success, `requires_action` (3DS cards) or a decline,
 * which answers 402 `card_error` carrying the updated PaymentIntent.
 */
export function confirmPaymentIntent(
  ctx: EmulatorContext,
  intent: Stripe.PaymentIntent,
  origin: RequestOrigin,
  options: ConfirmOptions,
): Stripe.PaymentIntent {
  paymentIntentTransitions.assertStatus(intent, 'confirm')
  const customer = typeof intent.customer === 'string' ? intent.customer : null
  if (options.paymentMethod) intent.payment_method = paymentMethodFromParam(ctx, options.paymentMethod, customer).id
  if (typeof intent.payment_method !== 'string') {
    throw StripeError.state(
      "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.",
      'payment_intent_unexpected_state',
      { payment_intent: structuredClone(intent) },
    )
  }
  assertReturnUrl(intent, options.returnUrl)
  const card = ctx.store.testCards.get(intent.payment_method) ?? testCards.pm_card_visa
  const outcome = card.outcome === 'requires_action' && options.errorOnRequiresAction
    ? { code: 'authentication_required', decline_code: 'authentication_required', message: 'Your card was declined. This transaction requires authentication.' }
    : card.outcome
  if (outcome === 'succeed') return paymentIntentTransitions.succeed(ctx, intent, origin)
  if (outcome === 'requires_action') return paymentIntentTransitions.requireAction(ctx, intent, origin, options.returnUrl ?? null)
  const failed = paymentIntentTransitions.fail(ctx, intent, origin, outcome)
  throw new StripeError(402, {
    type: 'card_error',
    code: outcome.code,
    decline_code: outcome.decline_code,
    message: outcome.message,
    charge: String(failed.latest_charge),
    payment_intent: structuredClone(failed),
    ...(failed.last_payment_error?.payment_method ? { payment_method: failed.last_payment_error.payment_method } : {}),
  })
}
