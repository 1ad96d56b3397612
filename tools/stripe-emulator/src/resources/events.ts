import { listObjects } from '../listObjects.js'
import { listParamSpecs } from '../listParamSpecs.js'
import { StripeError } from '../stripeError.js'
import type { ApiHandler, ApiRequest, Route } from '../types.js'
import { validateParams } from '../validateParams.js'

const specs = {
  retrieve: { expand: { kind: 'list' } },
  list: {
    ...listParamSpecs,
    created: { kind: 'range' },
    delivery_success: { kind: 'boolean' },
    type: { kind: 'string' },
    types: { kind: 'list', maxItems: 20 },
  },
} as const

/** `payment_intent.*` matches every PaymentIntent event, like Stripe's `type` filter. */
function typeMatches(pattern: string, type: string): boolean {
  return pattern.endsWith('*') ? type.startsWith(pattern.slice(0, -1)) : pattern === type
}

function list(req: ApiRequest): object {
  const params = validateParams(specs.list, req.params)
  if (params.type !== undefined && params.types !== undefined) {
    throw StripeError.invalid('You may only specify one of these parameters: type, types.', { code: 'parameters_exclusive', param: 'types' })
  }
  const patterns = params.types ?? (params.type !== undefined ? [params.type] : null)
  const events = [...req.ctx.store.events.values()].filter(
    (event) =>
      (patterns === null || patterns.some((pattern) => typeMatches(pattern, event.type))) &&
      (params.delivery_success === undefined || (event.pending_webhooks === 0) === params.delivery_success),
  )
  return listObjects(events, params, '/v1/events', 'event')
}

/** `/v1/events`: every emitted event, newest first. */
export const events: Array<Route<ApiHandler>> = [
  { method: 'GET', pattern: '/v1/events', handler: list },
  { method: 'GET', pattern: '/v1/events/:id', handler: (req) => (validateParams(specs.retrieve, req.params), req.ctx.store.event(req.pathParams.id)) },
]
