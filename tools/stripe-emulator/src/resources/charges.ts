import { listObjects } from '../listObjects.js'
import { listParamSpecs } from '../listParamSpecs.js'
import type { ApiHandler, ApiRequest, Route } from '../types.js'
import { validateParams } from '../validateParams.js'

const str = { kind: 'string' } as const
const specs = {
  retrieve: { expand: { kind: 'list' } },
  list: { ...listParamSpecs, created: { kind: 'range' }, customer: str, payment_intent: str, transfer_group: str },
} as const

function list(req: ApiRequest): object {
  const params = validateParams(specs.list, req.params)
  const charges = [...req.ctx.store.charges.values()].filter(
    (charge) =>
      (params.customer === undefined || charge.customer === params.customer) &&
      (params.payment_intent === undefined || charge.payment_intent === params.payment_intent) &&
      (params.transfer_group === undefined || charge.transfer_group === params.transfer_group),
  )
  return listObjects(charges, params, '/v1/charges', 'charge')
}

/** `/v1/charges` (read-only: charges are created when PaymentIntents are attempted). */
export const charges: Array<Route<ApiHandler>> = [
  { method: 'GET', pattern: '/v1/charges', handler: list },
  { method: 'GET', pattern: '/v1/charges/:id', handler: (req) => (validateParams(specs.retrieve, req.params), req.ctx.store.charge(req.pathParams.id)) },
]
