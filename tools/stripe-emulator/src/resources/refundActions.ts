import type Stripe from 'stripe'
import { currencies } from '../currencies.js'
import { emitEvent } from '../emitEvent.js'
import { ids } from '../ids.js'
import { mergeMetadata } from '../mergeMetadata.js'
import { StripeError } from '../stripeError.js'
import type { EmulatorContext, RequestOrigin } from '../types.js'
import { unixNow } from '../unixNow.js'

export interface RefundInput {
  amount?: number
  charge?: string
  currency?: string
  payment_intent?: string
  reason?: Stripe.RefundCreateParams.Reason
  metadata?: Record<string, string | null> | null
}

function refundableCharge(ctx: EmulatorContext, input: RefundInput): Stripe.Charge {
  const { store } = ctx
  let charge = input.charge !== undefined ? store.charge(input.charge, 'charge') : undefined
  if (input.payment_intent !== undefined) {
    const intent = store.paymentIntent(input.payment_intent, 'payment_intent')
    const latest = typeof intent.latest_charge === 'string' ? store.charges.get(intent.latest_charge) : undefined
    if (intent.status !== 'succeeded' || !latest || latest.status !== 'succeeded') {
      throw StripeError.state(`This PaymentIntent (${intent.id}) does not have a successful charge to refund.`, 'charge_not_refundable', { param: 'payment_intent' })
    }
    if (charge && charge.id !== latest.id) {
      throw StripeError.invalid(`The charge ${charge.id} does not belong to PaymentIntent ${intent.id}.`, { param: 'charge' })
    }
    charge = latest
  }
  if (!charge) {
    throw StripeError.invalid('One of the following params should be provided for this request: payment_intent or charge.', { code: 'parameter_missing', param: 'payment_intent' })
  }
  if (charge.status !== 'succeeded' || !charge.captured) {
    throw StripeError.state(`Charge ${charge.id} cannot be refunded because it has not been successfully captured.`, 'charge_not_refundable', { param: 'charge' })
  }
  if (charge.disputed) throw StripeError.state(`Charge ${charge.id} has been charged back; cannot issue a refund.`, 'charge_disputed', { param: 'charge' })
  if (input.currency !== undefined && input.currency.toLowerCase() !== charge.currency) {
    throw StripeError.invalid(`The currency of the refund (${input.currency}) must match the charge currency (${charge.currency}).`, { param: 'currency' })
  }
  return charge
}

function applyToCharge(charge: Stripe.Charge, delta: number): Record<string, unknown> {
  const previous: Record<string, unknown> = { amount_refunded: charge.amount_refunded }
  const wasRefunded = charge.refunded
  charge.amount_refunded += delta
  charge.refunded = charge.amount_refunded >= charge.amount
  if (charge.refunded !== wasRefunded) previous.refunded = wasRefunded
  return previous
}

/** Refund creation and settlement with Stripe's refundable-amount rules and events. */
export const refundActions = {
  create(ctx: EmulatorContext, origin: RequestOrigin, input: RefundInput): Stripe.Refund {
    const charge = refundableCharge(ctx, input)
    const remaining = charge.amount - charge.amount_refunded
    if (remaining <= 0) throw StripeError.state(`Charge ${charge.id} has already been refunded.`, 'charge_already_refunded', { param: 'charge' })
    const amount = input.amount ?? remaining
    if (amount > remaining) {
      const format = (value: number) => currencies.format(value, charge.currency)
      const message = amount > charge.amount
        ? `Refund amount (${format(amount)}) is greater than charge amount (${format(charge.amount)})`
        : `Refund amount (${format(amount)}) is greater than unrefunded amount on charge (${format(remaining)})`
      throw StripeError.state(message, 'amount_too_large', { param: 'amount' })
    }
    const pending = ctx.config.refundsPending
    const refund: Stripe.Refund = {
      id: ids.object('re'),
      object: 'refund',
      amount,
      balance_transaction: pending ? null : ids.object('txn'),
      charge: charge.id,
      created: unixNow(),
      currency: charge.currency,
      customer: charge.customer,
      customer_account: null,
      destination_details: {
        type: 'card',
        card: { reference: ids.random(23), reference_status: pending ? 'pending' : 'available', reference_type: 'acquirer_reference_number', type: 'refund' },
      },
      metadata: mergeMetadata({}, input.metadata),
      payment_intent: charge.payment_intent,
      payment_method: charge.payment_method,
      reason: input.reason ?? null,
      receipt_number: null,
      source_transfer_reversal: null,
      status: pending ? 'pending' : 'succeeded',
      transfer_reversal: null,
    }
    ctx.store.refunds.set(refund.id, refund)
    const previous = applyToCharge(charge, amount)
    emitEvent(ctx, origin, 'refund.created', refund)
    if (!pending) emitEvent(ctx, origin, 'charge.refunded', charge, previous)
    return refund
  },

  /** Moves a pending refund to succeeded or failed (control API). */
  settle(ctx: EmulatorContext, refund: Stripe.Refund, outcome: 'succeeded' | 'failed', failureReason = 'unknown'): Stripe.Refund {
    if (refund.status !== 'pending') {
      throw StripeError.state(`Refund ${refund.id} has a status of ${refund.status}; only pending refunds can be settled.`, 'refund_unexpected_state')
    }
    const charge = ctx.store.charge(String(refund.charge), 'charge')
    refund.status = outcome
    if (refund.destination_details?.card) refund.destination_details.card.reference_status = outcome === 'succeeded' ? 'available' : 'unavailable'
    if (outcome === 'succeeded') {
      refund.balance_transaction = ids.object('txn')
      emitEvent(ctx, null, 'refund.updated', refund, { status: 'pending' })
      emitEvent(ctx, null, 'charge.refunded', charge)
      return refund
    }
    Object.assign(refund, { failure_reason: failureReason, failure_balance_transaction: ids.object('txn') })
    applyToCharge(charge, -refund.amount)
    emitEvent(ctx, null, 'refund.updated', refund, { status: 'pending' })
    emitEvent(ctx, null, 'refund.failed', refund)
    return refund
  },
}
