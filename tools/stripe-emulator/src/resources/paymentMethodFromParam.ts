import type Stripe from 'stripe'
import { StripeError } from '../stripeError.js'
import type { EmulatorContext } from '../types.js'
import { buildPaymentMethod } from './buildPaymentMethod.js'
import { testCards } from './testCards.js'

/**
 * Resolves a `payment_method` parameter: a test token (`pm_card_visa`, `pm_card_chargeDeclined`, …)
 * creates a new PaymentMethod like Stripe does; otherwise it must be a stored PaymentMethod id.
 */
export function paymentMethodFromParam(ctx: EmulatorContext, value: string, customer: string | null): Stripe.PaymentMethod {
  const card = Object.hasOwn(testCards, value) ? testCards[value] : undefined
  if (card) {
    const paymentMethod = buildPaymentMethod(card, customer)
    ctx.store.paymentMethods.set(paymentMethod.id, paymentMethod)
    ctx.store.testCards.set(paymentMethod.id, card)
    return paymentMethod
  }
  const stored = ctx.store.paymentMethods.get(value)
  if (!stored) throw StripeError.resourceMissing('PaymentMethod', value, 'payment_method')
  return stored
}
