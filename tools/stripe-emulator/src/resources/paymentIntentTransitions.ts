import type Stripe from 'stripe'
import { emitEvent } from '../emitEvent.js'
import { ids } from '../ids.js'
import { StripeError } from '../stripeError.js'
import type { EmulatorContext, RequestOrigin } from '../types.js'
import { unixNow } from '../unixNow.js'
import { buildCharge } from './buildCharge.js'
import { buildPaymentMethod } from './buildPaymentMethod.js'
import { type CardDecline, type TestCard, testCards } from './testCards.js'

type Status = Stripe.PaymentIntent.Status
const OPEN: Status[] = ['requires_payment_method', 'requires_confirmation', 'requires_action']
const ALLOWED = {
  confirm: OPEN,
  succeed: [...OPEN, 'processing'],
  fail: [...OPEN, 'processing'],
  process: OPEN,
  require_action: OPEN,
  cancel: ['requires_payment_method', 'requires_capture', 'requires_confirmation', 'requires_action', 'processing'],
  capture: ['requires_capture'],
} satisfies Record<string, Status[]>
const VERBS: Record<keyof typeof ALLOWED, [string, string]> = {
  confirm: ['confirm', 'confirmed'], succeed: ['confirm', 'confirmed'], fail: ['confirm', 'confirmed'],
  process: ['confirm', 'confirmed'], require_action: ['confirm', 'confirmed'],
  cancel: ['cancel', 'canceled'], capture: ['capture', 'captured'],
}

/** Throws Stripe's `payment_intent_unexpected_state` error unless `intent` may make this transition. */
function assertStatus(intent: Stripe.PaymentIntent, action: keyof typeof ALLOWED): void {
  const allowed: Status[] = ALLOWED[action]
  if (allowed.includes(intent.status)) return
  const [verb, done] = VERBS[action]
  throw StripeError.state(
    `You cannot ${verb} this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be ${done}: ${allowed.join(', ')}.`,
    'payment_intent_unexpected_state',
    { payment_intent: structuredClone(intent) },
  )
}

function paymentMethodFor(ctx: EmulatorContext, intent: Stripe.PaymentIntent, fallback: TestCard): Stripe.PaymentMethod {
  const current = typeof intent.payment_method === 'string' ? ctx.store.paymentMethods.get(intent.payment_method) : undefined
  if (current) return current
  const created = buildPaymentMethod(fallback, typeof intent.customer === 'string' ? intent.customer : null)
  ctx.store.paymentMethods.set(created.id, created)
  ctx.store.testCards.set(created.id, fallback)
  return created
}

/** PaymentIntent state changes shared by the API (confirm/cancel/capture) and the control API. */
export const paymentIntentTransitions = {
  assertStatus,

  succeed(ctx: EmulatorContext, intent: Stripe.PaymentIntent, origin: RequestOrigin | null): Stripe.PaymentIntent {
    assertStatus(intent, 'succeed')
    const paymentMethod = paymentMethodFor(ctx, intent, testCards.pm_card_visa)
    const manual = intent.capture_method === 'manual'
    const charge = buildCharge(intent, paymentMethod, { status: 'succeeded', captured: !manual })
    ctx.store.charges.set(charge.id, charge)
    Object.assign(intent, {
      payment_method: paymentMethod.id, latest_charge: charge.id, last_payment_error: null, next_action: null, processing: null,
      status: manual ? 'requires_capture' : 'succeeded',
      amount_capturable: manual ? intent.amount : 0,
      amount_received: manual ? 0 : intent.amount,
    })
    emitEvent(ctx, origin, 'charge.succeeded', charge)
    emitEvent(ctx, origin, manual ? 'payment_intent.amount_capturable_updated' : 'payment_intent.succeeded', intent)
    return intent
  },

  fail(ctx: EmulatorContext, intent: Stripe.PaymentIntent, origin: RequestOrigin | null, decline: CardDecline): Stripe.PaymentIntent {
    assertStatus(intent, 'fail')
    const paymentMethod = paymentMethodFor(ctx, intent, testCards.pm_card_chargeDeclined)
    const charge = buildCharge(intent, paymentMethod, { status: 'failed', decline })
    ctx.store.charges.set(charge.id, charge)
    Object.assign(intent, {
      status: 'requires_payment_method', latest_charge: charge.id, payment_method: null, next_action: null, processing: null,
      last_payment_error: {
        charge: charge.id, code: decline.code, decline_code: decline.decline_code, message: decline.message,
        doc_url: `https://stripe.com/docs/error-codes/${decline.code.replace(/_/g, '-')}`,
        payment_method: structuredClone(paymentMethod), type: 'card_error',
      },
    })
    emitEvent(ctx, origin, 'charge.failed', charge)
    emitEvent(ctx, origin, 'payment_intent.payment_failed', intent)
    return intent
  },

  process(ctx: EmulatorContext, intent: Stripe.PaymentIntent, origin: RequestOrigin | null): Stripe.PaymentIntent {
    assertStatus(intent, 'process')
    Object.assign(intent, { status: 'processing', next_action: null, processing: { type: 'card', card: {} } })
    emitEvent(ctx, origin, 'payment_intent.processing', intent)
    return intent
  },

  requireAction(ctx: EmulatorContext, intent: Stripe.PaymentIntent, origin: RequestOrigin | null, returnUrl: string | null = null): Stripe.PaymentIntent {
    assertStatus(intent, 'require_action')
    intent.status = 'requires_action'
    intent.next_action = {
      type: 'redirect_to_url',
      redirect_to_url: { return_url: returnUrl, url: `https://hooks.stripe.com/3d_secure_2/hosted?payment_intent=${intent.id}` },
    }
    emitEvent(ctx, origin, 'payment_intent.requires_action', intent)
    return intent
  },

  cancel(ctx: EmulatorContext, intent: Stripe.PaymentIntent, origin: RequestOrigin | null, reason: string | null): Stripe.PaymentIntent {
    assertStatus(intent, 'cancel')
    const charge = typeof intent.latest_charge === 'string' ? ctx.store.charges.get(intent.latest_charge) : undefined
    if (intent.status === 'requires_capture' && charge) Object.assign(charge, { amount_refunded: charge.amount, refunded: true })
    Object.assign(intent, {
      status: 'canceled', canceled_at: unixNow(), cancellation_reason: reason, amount_capturable: 0, next_action: null, processing: null,
    })
    emitEvent(ctx, origin, 'payment_intent.canceled', intent)
    return intent
  },

  capture(ctx: EmulatorContext, intent: Stripe.PaymentIntent, origin: RequestOrigin | null, amount?: number): Stripe.PaymentIntent {
    assertStatus(intent, 'capture')
    const toCapture = amount ?? intent.amount_capturable
    if (toCapture > intent.amount_capturable) {
      throw StripeError.state(
        `The amount to capture (${toCapture}) cannot be greater than the amount capturable (${intent.amount_capturable}).`,
        'amount_too_large',
        { param: 'amount_to_capture' },
      )
    }
    const charge = ctx.store.charge(String(intent.latest_charge))
    Object.assign(charge, {
      captured: true, amount_captured: toCapture, balance_transaction: ids.object('txn'), amount_refunded: charge.amount - toCapture, refunded: toCapture === 0,
    })
    Object.assign(intent, { status: 'succeeded', amount_received: toCapture, amount_capturable: 0 })
    emitEvent(ctx, origin, 'charge.captured', charge)
    emitEvent(ctx, origin, 'payment_intent.succeeded', intent)
    return intent
  },
}
