import type Stripe from 'stripe'
import { ids } from '../ids.js'
import { mergeMetadata } from '../mergeMetadata.js'
import { unixNow } from '../unixNow.js'
import type { ParamsOf } from '../paramSpec.js'
import type { paymentIntentParams } from './paymentIntentParams.js'
import { toShipping } from './toShipping.js'

type CreateParams = ParamsOf<typeof paymentIntentParams.create>

/** A new PaymentIntent with every field of the pinned API version's object. */
export function buildPaymentIntent(params: CreateParams & { amount: number; currency: string }, paymentMethod: string | null): Stripe.PaymentIntent {
  const id = ids.object('pi')
  const allowed = params.allowed_payment_method_types ?? null
  const automatic = params.automatic_payment_methods
    ? { enabled: params.automatic_payment_methods.enabled ?? true, ...(params.automatic_payment_methods.allow_redirects ? { allow_redirects: params.automatic_payment_methods.allow_redirects } : {}) }
    : allowed ? null : { enabled: true }
  return {
    id,
    object: 'payment_intent',
    allowed_payment_method_types: allowed,
    amount: params.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: params.application_fee_amount ?? null,
    automatic_payment_methods: automatic,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: params.capture_method ?? 'automatic_async',
    client_secret: ids.clientSecret(id),
    confirmation_method: params.confirmation_method ?? 'automatic',
    created: unixNow(),
    currency: params.currency,
    customer: params.customer ?? null,
    customer_account: params.customer_account ?? null,
    description: params.description ?? null,
    excluded_payment_method_types: params.excluded_payment_method_types ?? null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: mergeMetadata({}, params.metadata),
    next_action: null,
    on_behalf_of: params.on_behalf_of ?? null,
    payment_method: paymentMethod,
    payment_method_configuration_details: automatic?.enabled ? { id: 'pmc_1EmulatorDefaultConfig', parent: null } : null,
    payment_method_options: {
      card: { installments: null, mandate_options: null, network: null, request_three_d_secure: 'automatic' },
    },
    payment_method_types: allowed ?? ['card'],
    payment_record: null,
    processing: null,
    receipt_email: params.receipt_email ?? null,
    review: null,
    setup_future_usage: params.setup_future_usage ?? null,
    shipping: toShipping(params.shipping),
    source: null,
    statement_descriptor: params.statement_descriptor ?? null,
    statement_descriptor_suffix: params.statement_descriptor_suffix ?? null,
    status: paymentMethod ? 'requires_confirmation' : 'requires_payment_method',
    transfer_group: params.transfer_group ?? null,
  }
}
