import type Stripe from 'stripe'
import { emitEvent } from '../emitEvent.js'
import { listObjects } from '../listObjects.js'
import { mergeMetadata } from '../mergeMetadata.js'
import { searchObjects } from '../searchObjects.js'
import { StripeError } from '../stripeError.js'
import type { ApiHandler, ApiRequest, Route } from '../types.js'
import { validateParams } from '../validateParams.js'
import { assertReturnUrl } from './assertReturnUrl.js'
import { buildPaymentIntent } from './buildPaymentIntent.js'
import { checkAmount } from './checkAmount.js'
import { confirmPaymentIntent } from './confirmPaymentIntent.js'
import { paymentIntentParams as specs } from './paymentIntentParams.js'
import { paymentIntentTransitions } from './paymentIntentTransitions.js'
import { paymentMethodFromParam } from './paymentMethodFromParam.js'
import { toShipping } from './toShipping.js'
import { updatePaymentIntent } from './updatePaymentIntent.js'

const intentOf = (req: ApiRequest) => req.ctx.store.paymentIntent(req.pathParams.id)

function create(req: ApiRequest): Stripe.PaymentIntent {
  const { ctx } = req
  const params = validateParams(specs.create, req.params)
  const amount = params.amount as number
  const currency = params.currency as string
  checkAmount(amount, currency)
  if (params.customer !== undefined) ctx.store.customer(params.customer, 'customer')
  if (params.confirmation_token !== undefined) {
    throw StripeError.resourceMissing('confirmationtoken', params.confirmation_token, 'confirmation_token')
  }
  const paymentMethod = params.payment_method ? paymentMethodFromParam(ctx, params.payment_method, params.customer ?? null) : null
  const intent = buildPaymentIntent({ ...params, amount, currency }, paymentMethod?.id ?? null)
  if (params.confirm) assertReturnUrl(intent, params.return_url)
  ctx.store.paymentIntents.set(intent.id, intent)
  emitEvent(ctx, req.origin, 'payment_intent.created', intent)
  if (!params.confirm) return intent
  return confirmPaymentIntent(ctx, intent, req.origin, {
    returnUrl: params.return_url,
    errorOnRequiresAction: params.error_on_requires_action,
  })
}

function confirm(req: ApiRequest): Stripe.PaymentIntent {
  const params = validateParams(specs.confirm, req.params)
  const intent = intentOf(req)
  paymentIntentTransitions.assertStatus(intent, 'confirm')
  if (params.receipt_email !== undefined) intent.receipt_email = params.receipt_email
  if (params.shipping !== undefined) intent.shipping = toShipping(params.shipping)
  if (params.setup_future_usage !== undefined) intent.setup_future_usage = params.setup_future_usage
  if (params.capture_method !== undefined) intent.capture_method = params.capture_method
  return confirmPaymentIntent(req.ctx, intent, req.origin, {
    paymentMethod: params.payment_method,
    returnUrl: params.return_url,
    errorOnRequiresAction: params.error_on_requires_action,
  })
}

function capture(req: ApiRequest): Stripe.PaymentIntent {
  const params = validateParams(specs.capture, req.params)
  const intent = intentOf(req)
  paymentIntentTransitions.assertStatus(intent, 'capture')
  intent.metadata = mergeMetadata(intent.metadata, params.metadata)
  return paymentIntentTransitions.capture(req.ctx, intent, req.origin, params.amount_to_capture)
}

function list(req: ApiRequest): object {
  const params = validateParams(specs.list, req.params)
  const all = [...req.ctx.store.paymentIntents.values()]
  const filtered = params.customer === undefined ? all : all.filter((intent) => intent.customer === params.customer)
  return listObjects(filtered, params, '/v1/payment_intents', 'payment_intent')
}

function search(req: ApiRequest): object {
  const params = validateParams(specs.search, req.params)
  return searchObjects(
    req.ctx.store.paymentIntents.values(),
    { query: params.query as string, limit: params.limit, page: params.page },
    {
      amount: (intent) => intent.amount,
      created: (intent) => intent.created,
      currency: (intent) => intent.currency,
      customer: (intent) => (typeof intent.customer === 'string' ? intent.customer : null),
      status: (intent) => intent.status,
    },
    'payment_intents',
  )
}

/** `/v1/payment_intents` endpoints. */
export const paymentIntents: Array<Route<ApiHandler>> = [
  { method: 'POST', pattern: '/v1/payment_intents', handler: create },
  { method: 'GET', pattern: '/v1/payment_intents', handler: list },
  { method: 'GET', pattern: '/v1/payment_intents/search', handler: search },
  {
    method: 'GET',
    pattern: '/v1/payment_intents/:id',
    handler: (req) => (validateParams(specs.retrieve, req.params), intentOf(req)),
  },
  {
    method: 'POST',
    pattern: '/v1/payment_intents/:id',
    handler: (req) => updatePaymentIntent(req.ctx, intentOf(req), validateParams(specs.update, req.params)),
  },
  {
    method: 'POST',
    pattern: '/v1/payment_intents/:id/cancel',
    handler: (req) => {
      const params = validateParams(specs.cancel, req.params)
      return paymentIntentTransitions.cancel(req.ctx, intentOf(req), req.origin, params.cancellation_reason ?? null)
    },
  },
  { method: 'POST', pattern: '/v1/payment_intents/:id/confirm', handler: confirm },
  { method: 'POST', pattern: '/v1/payment_intents/:id/capture', handler: capture },
]
