import type Stripe from 'stripe'
import { emitEvent } from '../emitEvent.js'
import { ids } from '../ids.js'
import { StripeError } from '../stripeError.js'
import type { EmulatorContext } from '../types.js'
import { unixNow } from '../unixNow.js'

const OPEN: Stripe.Dispute.Status[] = ['needs_response', 'under_review', 'warning_needs_response', 'warning_under_review']

function emptyEvidence(): Stripe.Dispute.Evidence {
  const fields = [
    'access_activity_log', 'billing_address', 'cancellation_policy', 'cancellation_policy_disclosure', 'cancellation_rebuttal',
    'customer_communication', 'customer_email_address', 'customer_name', 'customer_purchase_ip', 'customer_signature',
    'duplicate_charge_documentation', 'duplicate_charge_explanation', 'duplicate_charge_id', 'product_description', 'receipt',
    'refund_policy', 'refund_policy_disclosure', 'refund_refusal_explanation', 'service_date', 'service_documentation',
    'shipping_address', 'shipping_carrier', 'shipping_date', 'shipping_documentation', 'shipping_tracking_number',
    'uncategorized_file', 'uncategorized_text',
  ] as const
  const evidence = Object.fromEntries(fields.map((field) => [field, null])) as Record<(typeof fields)[number], null>
  return { ...evidence, enhanced_evidence: {} }
}

/** Chargebacks, driven from the control API (Stripe has no API to open one). */
export const disputeActions = {
  open(ctx: EmulatorContext, intent: Stripe.PaymentIntent, options: { reason?: string; amount?: number }): Stripe.Dispute {
    const charge = typeof intent.latest_charge === 'string' ? ctx.store.charges.get(intent.latest_charge) : undefined
    if (!charge || charge.status !== 'succeeded' || !charge.captured) {
      throw StripeError.state(`PaymentIntent ${intent.id} has no captured charge to dispute.`, 'charge_not_disputable')
    }
    if (charge.disputed) throw StripeError.state(`Charge ${charge.id} is already disputed.`, 'charge_already_disputed')
    const dispute: Stripe.Dispute = {
      id: ids.object('du'),
      object: 'dispute',
      amount: options.amount ?? charge.amount - charge.amount_refunded,
      balance_transactions: [],
      charge: charge.id,
      created: unixNow(),
      currency: charge.currency,
      enhanced_eligibility_types: [],
      evidence: emptyEvidence(),
      evidence_details: {
        due_by: unixNow() + 7 * 24 * 3600, enhanced_eligibility: {}, has_evidence: false, past_due: false, submission_count: 0,
        submission_method: 'not_submitted',
      },
      intended_submission_method: null,
      is_charge_refundable: false,
      livemode: false,
      metadata: {},
      network_reason_code: '10.4',
      payment_intent: intent.id,
      payment_method_details: { type: 'card', card: { brand: 'visa', case_type: 'chargeback', network: 'visa', network_reason_code: '10.4' } },
      reason: options.reason ?? 'fraudulent',
      status: 'needs_response',
    }
    ctx.store.disputes.set(dispute.id, dispute)
    charge.disputed = true
    emitEvent(ctx, null, 'charge.dispute.created', dispute)
    emitEvent(ctx, null, 'charge.dispute.funds_withdrawn', dispute)
    return dispute
  },

  close(ctx: EmulatorContext, dispute: Stripe.Dispute, status: 'won' | 'lost'): Stripe.Dispute {
    if (!OPEN.includes(dispute.status)) {
      throw StripeError.state(`Dispute ${dispute.id} is already closed with status ${dispute.status}.`, 'dispute_already_closed')
    }
    const previous = { status: dispute.status }
    dispute.status = status
    emitEvent(ctx, null, 'charge.dispute.closed', dispute, previous)
    if (status === 'won') emitEvent(ctx, null, 'charge.dispute.funds_reinstated', dispute)
    return dispute
  },
}
