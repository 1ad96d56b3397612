import { listObjects } from '../listObjects.js'
import { listParamSpecs } from '../listParamSpecs.js'
import { mergeMetadata } from '../mergeMetadata.js'
import { emitEvent } from '../emitEvent.js'
import { StripeError } from '../stripeError.js'
import type { ApiHandler, ApiRequest, Route } from '../types.js'
import { validateParams } from '../validateParams.js'
import { refundActions } from './refundActions.js'

const str = { kind: 'string' } as const
const expand = { kind: 'list' } as const
/** Transcribed from stripe's Refunds.d.ts. */
const specs = {
  create: {
    amount: { kind: 'integer', min: 1 },
    charge: str,
    currency: str,
    customer: str,
    expand,
    instructions_email: { kind: 'string', format: 'email' },
    metadata: { kind: 'metadata' },
    origin: { kind: 'enum', values: ['customer_balance'] },
    payment_intent: str,
    reason: { kind: 'enum', values: ['duplicate', 'fraudulent', 'requested_by_customer'] },
    refund_application_fee: { kind: 'boolean' },
    reverse_transfer: { kind: 'boolean' },
  },
  update: { expand, metadata: { kind: 'metadata' } },
  retrieve: { expand },
  cancel: { expand },
  list: { ...listParamSpecs, charge: str, created: { kind: 'range' }, payment_intent: str },
} as const

const refundOf = (req: ApiRequest) => req.ctx.store.refund(req.pathParams.id)

function update(req: ApiRequest): object {
  const params = validateParams(specs.update, req.params)
  const refund = refundOf(req)
  const previous = { metadata: refund.metadata }
  refund.metadata = mergeMetadata(refund.metadata, params.metadata)
  if (params.metadata !== undefined) emitEvent(req.ctx, req.origin, 'refund.updated', refund, previous)
  return refund
}

function cancel(req: ApiRequest): object {
  validateParams(specs.cancel, req.params)
  const refund = refundOf(req)
  throw StripeError.state(`Refund ${refund.id} cannot be canceled because it has a status of ${refund.status}. Only refunds with a status of requires_action can be canceled.`, 'refund_unexpected_state')
}

function list(req: ApiRequest): object {
  const params = validateParams(specs.list, req.params)
  const refunds = [...req.ctx.store.refunds.values()].filter(
    (refund) =>
      (params.charge === undefined || refund.charge === params.charge) &&
      (params.payment_intent === undefined || refund.payment_intent === params.payment_intent),
  )
  return listObjects(refunds, params, '/v1/refunds', 'refund')
}

/** `/v1/refunds` endpoints. */
export const refunds: Array<Route<ApiHandler>> = [
  { method: 'POST', pattern: '/v1/refunds', handler: (req) => refundActions.create(req.ctx, req.origin, validateParams(specs.create, req.params)) },
  { method: 'GET', pattern: '/v1/refunds', handler: list },
  { method: 'GET', pattern: '/v1/refunds/:id', handler: (req) => (validateParams(specs.retrieve, req.params), refundOf(req)) },
  { method: 'POST', pattern: '/v1/refunds/:id', handler: update },
  { method: 'POST', pattern: '/v1/refunds/:id/cancel', handler: cancel },
]
