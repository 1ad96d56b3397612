import type Stripe from 'stripe'
import { ids } from '../ids.js'
import { unixNow } from '../unixNow.js'
import type { CardDecline } from './testCards.js'

const idOf = (value: string | { id: string } | null): string | null => (typeof value === 'object' && value ? value.id : value)

/** The Charge Stripe creates for a PaymentIntent attempt: succeeded (captured or not) or failed with a decline. */
export function buildCharge(
  intent: Stripe.PaymentIntent,
  paymentMethod: Stripe.PaymentMethod,
  result: { status: 'succeeded'; captured: boolean } | { status: 'failed'; decline: CardDecline },
): Stripe.Charge {
  const succeeded = result.status === 'succeeded'
  const captured = succeeded && result.captured
  const card = paymentMethod.card
  return {
    id: ids.object('ch'),
    object: 'charge',
    amount: intent.amount,
    amount_captured: captured ? intent.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: captured ? ids.object('txn') : null,
    billing_details: paymentMethod.billing_details,
    calculated_statement_descriptor: 'STRIPE EMULATOR',
    captured,
    created: unixNow(),
    currency: intent.currency,
    customer: idOf(intent.customer),
    description: intent.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: succeeded ? null : result.decline.code,
    failure_message: succeeded ? null : result.decline.message,
    fraud_details: {},
    livemode: false,
    metadata: { ...intent.metadata },
    on_behalf_of: null,
    outcome: succeeded
      ? { advice_code: null, network_advice_code: null, network_decline_code: null, network_status: 'approved_by_network',
          reason: null, risk_level: 'normal', risk_score: 20, seller_message: 'Payment complete.', type: 'authorized' }
      : { advice_code: 'do_not_try_again', network_advice_code: null, network_decline_code: null, network_status: 'declined_by_network',
          reason: result.decline.decline_code, risk_level: 'normal', risk_score: 20,
          seller_message: 'The bank did not return any further details with this decline.', type: 'issuer_declined' },
    paid: succeeded,
    payment_intent: intent.id,
    payment_method: paymentMethod.id,
    payment_method_details: {
      type: 'card',
      card: {
        amount_authorized: succeeded ? intent.amount : null,
        authorization_code: succeeded ? String(100000 + Math.floor(Math.random() * 899999)) : null,
        brand: card?.brand ?? null,
        checks: card?.checks ?? null,
        country: card?.country ?? null,
        electronic_commerce_indicator: null,
        exp_month: card?.exp_month ?? 12,
        exp_year: card?.exp_year ?? 2030,
        fingerprint: card?.fingerprint ?? null,
        funding: card?.funding ?? null,
        installments: null,
        last4: card?.last4 ?? null,
        mandate: null,
        network: card?.brand ?? null,
        network_transaction_id: succeeded ? ids.random(15) : null,
        regulated_status: 'unregulated',
        three_d_secure: null,
        transaction_link_id: null,
        wallet: null,
      },
    },
    radar_options: {},
    receipt_email: intent.receipt_email,
    receipt_number: null,
    receipt_url: succeeded ? `https://pay.stripe.com/receipts/payment/${ids.random(40)}` : null,
    refunded: false,
    review: null,
    shipping: intent.shipping,
    source: null,
    source_transfer: null,
    statement_descriptor: intent.statement_descriptor,
    statement_descriptor_suffix: intent.statement_descriptor_suffix,
    status: result.status,
    transfer_data: null,
    transfer_group: intent.transfer_group,
  }
}
