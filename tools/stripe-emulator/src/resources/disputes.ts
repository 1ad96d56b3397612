import { listObjects } from '../listObjects.js'
import { listParamSpecs } from '../listParamSpecs.js'
import type { ApiHandler, ApiRequest, Route } from '../types.js'
import { validateParams } from '../validateParams.js'

const specs = {
  retrieve: { expand: { kind: 'list' } },
  list: { ...listParamSpecs, charge: { kind: 'string' }, created: { kind: 'range' }, payment_intent: { kind: 'string' } },
} as const

function list(req: ApiRequest): object {
  const params = validateParams(specs.list, req.params)
  const disputes = [...req.ctx.store.disputes.values()].filter(
    (dispute) =>
      (params.charge === undefined || dispute.charge === params.charge) &&
      (params.payment_intent === undefined || dispute.payment_intent === params.payment_intent),
  )
  return listObjects(disputes, params, '/v1/disputes', 'dispute')
}

/** `/v1/disputes` (read-only; disputes are opened and closed through the control API). */
export const disputes: Array<Route<ApiHandler>> = [
  { method: 'GET', pattern: '/v1/disputes', handler: list },
  {
    method: 'GET',
    pattern: '/v1/disputes/:id',
    handler: (req) => (validateParams(specs.retrieve, req.params), req.ctx.store.dispute(req.pathParams.id, 'dispute')),
  },
]
