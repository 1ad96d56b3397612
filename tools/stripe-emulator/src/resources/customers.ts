import type Stripe from 'stripe'
import { emitEvent } from '../emitEvent.js'
import { listObjects } from '../listObjects.js'
import { searchObjects } from '../searchObjects.js'
import type { ApiHandler, ApiRequest, Route } from '../types.js'
import { validateParams } from '../validateParams.js'
import { buildCustomer } from './buildCustomer.js'
import { customerParams as specs } from './customerParams.js'

const live = (req: ApiRequest): Stripe.Customer[] =>
  [...req.ctx.store.customers.values()].filter((customer): customer is Stripe.Customer => !customer.deleted)

function create(req: ApiRequest): Stripe.Customer {
  const { payment_method: _paymentMethod, tax_id_data: _taxIds, test_clock: _clock, ...params } = validateParams(specs.create, req.params)
  const customer = buildCustomer(params)
  req.ctx.store.customers.set(customer.id, customer)
  emitEvent(req.ctx, req.origin, 'customer.created', customer)
  return customer
}

function update(req: ApiRequest): Stripe.Customer {
  const params = validateParams(specs.update, req.params)
  const customer = req.ctx.store.customer(req.pathParams.id)
  const before = structuredClone(customer)
  buildCustomer(params, customer)
  const previous = Object.fromEntries(
    Object.entries(before).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(customer[key as keyof Stripe.Customer])),
  )
  emitEvent(req.ctx, req.origin, 'customer.updated', customer, previous)
  return customer
}

function remove(req: ApiRequest): Stripe.DeletedCustomer {
  validateParams({}, req.params)
  const customer = req.ctx.store.customer(req.pathParams.id)
  const deleted: Stripe.DeletedCustomer = { id: customer.id, object: 'customer', deleted: true }
  req.ctx.store.customers.set(customer.id, deleted)
  emitEvent(req.ctx, req.origin, 'customer.deleted', customer)
  return deleted
}

function list(req: ApiRequest): object {
  const params = validateParams(specs.list, req.params)
  const customers = live(req).filter((customer) => params.email === undefined || customer.email === params.email)
  return listObjects(customers, params, '/v1/customers', 'customer')
}

function search(req: ApiRequest): object {
  const params = validateParams(specs.search, req.params)
  return searchObjects(
    live(req),
    { query: params.query as string, limit: params.limit, page: params.page },
    {
      created: (customer) => customer.created,
      email: (customer) => customer.email,
      name: (customer) => customer.name,
      phone: (customer) => customer.phone,
    },
    'customers',
  )
}

function retrieve(req: ApiRequest): Stripe.Customer | Stripe.DeletedCustomer {
  validateParams(specs.retrieve, req.params)
  const customer = req.ctx.store.customers.get(req.pathParams.id)
  return customer ?? req.ctx.store.customer(req.pathParams.id)
}

/** `/v1/customers` endpoints (deleted customers retrieve as `{ id, object, deleted: true }` like Stripe). */
export const customers: Array<Route<ApiHandler>> = [
  { method: 'POST', pattern: '/v1/customers', handler: create },
  { method: 'GET', pattern: '/v1/customers', handler: list },
  { method: 'GET', pattern: '/v1/customers/search', handler: search },
  { method: 'GET', pattern: '/v1/customers/:id', handler: retrieve },
  { method: 'POST', pattern: '/v1/customers/:id', handler: update },
  { method: 'DELETE', pattern: '/v1/customers/:id', handler: remove },
]
