import type Stripe from 'stripe'
import { mergeMetadata } from '../mergeMetadata.js'
import { StripeError } from '../stripeError.js'
import type { EmulatorContext } from '../types.js'
import type { ParamsOf } from '../paramSpec.js'
import { checkAmount } from './checkAmount.js'
import type { paymentIntentParams } from './paymentIntentParams.js'
import { paymentMethodFromParam } from './paymentMethodFromParam.js'
import { toShipping } from './toShipping.js'

type UpdateParams = ParamsOf<typeof paymentIntentParams.update>
const OPEN_STATUSES = ['requires_payment_method', 'requires_confirmation', 'requires_action']
/** Fields Stripe lets you change whatever the status (everything else needs an open status). */
const ALWAYS_UPDATABLE = new Set(['metadata', 'description', 'receipt_email', 'shipping', 'expand'])

/** Applies `POST /v1/payment_intents/:id` with Stripe's status rules. */
export function updatePaymentIntent(ctx: EmulatorContext, intent: Stripe.PaymentIntent, params: UpdateParams): Stripe.PaymentIntent {
  const fields = Object.keys(params) as Array<keyof UpdateParams>
  for (const field of fields) {
    if (ALWAYS_UPDATABLE.has(field) || OPEN_STATUSES.includes(intent.status)) continue
    throw StripeError.state(
      `This PaymentIntent's ${field} could not be updated because it has a status of ${intent.status}. You may only update the ${field} of a PaymentIntent with one of the following statuses: ${OPEN_STATUSES.join(', ')}.`,
      'payment_intent_unexpected_state',
      { param: field, payment_intent: structuredClone(intent) },
    )
  }
  const currency = params.currency ?? intent.currency
  if (params.amount !== undefined || params.currency !== undefined) checkAmount(params.amount ?? intent.amount, currency)
  if (params.customer !== undefined) ctx.store.customer(params.customer, 'customer')
  const customer = params.customer ?? (typeof intent.customer === 'string' ? intent.customer : null)
  const paymentMethod = params.payment_method !== undefined ? paymentMethodFromParam(ctx, params.payment_method, customer).id : undefined
  const patch: Partial<Stripe.PaymentIntent> = {
    amount: params.amount,
    currency: params.currency,
    customer: params.customer,
    customer_account: params.customer_account,
    description: params.description,
    receipt_email: params.receipt_email,
    setup_future_usage: params.setup_future_usage,
    capture_method: params.capture_method,
    application_fee_amount: params.application_fee_amount,
    statement_descriptor: params.statement_descriptor,
    statement_descriptor_suffix: params.statement_descriptor_suffix,
    transfer_group: params.transfer_group,
    excluded_payment_method_types: params.excluded_payment_method_types,
    allowed_payment_method_types: params.allowed_payment_method_types,
    payment_method_types: params.allowed_payment_method_types,
    shipping: params.shipping === undefined ? undefined : toShipping(params.shipping),
    payment_method: paymentMethod,
    status: paymentMethod ? 'requires_confirmation' : undefined,
  }
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) Object.assign(intent, { [key]: value })
  }
  intent.metadata = mergeMetadata(intent.metadata, params.metadata)
  return intent
}
