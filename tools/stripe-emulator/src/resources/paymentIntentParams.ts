import { listParamSpecs } from '../listParamSpecs.js'

const str = { kind: 'string' } as const
const any = { kind: 'any' } as const
const bool = { kind: 'boolean' } as const
const list = { kind: 'list' } as const
const metadata = { kind: 'metadata' } as const
const expand = { kind: 'list' } as const
const email = { kind: 'string', format: 'email' } as const
const descriptor = { kind: 'string', maxLength: 22 } as const
const captureMethod = { kind: 'enum', values: ['automatic', 'automatic_async', 'manual'] } as const
const setupFutureUsage = { kind: 'enum', values: ['off_session', 'on_session'] } as const
const address = {
  kind: 'object',
  fields: { city: str, country: str, line1: str, line2: str, postal_code: str, state: str },
} as const
const shipping = {
  kind: 'object',
  fields: { address: { ...address, required: true }, carrier: str, name: { kind: 'string', required: true }, phone: str, tracking_number: str },
} as const

const create = {
  amount: { kind: 'integer', required: true, min: 1 },
  currency: { kind: 'string', required: true, format: 'currency' },
  allowed_payment_method_types: list,
  amount_details: any,
  application_fee_amount: { kind: 'integer', min: 0 },
  automatic_payment_methods: {
    kind: 'object',
    fields: { allow_redirects: { kind: 'enum', values: ['always', 'never'] }, enabled: { kind: 'boolean', required: true } },
  },
  capture_method: captureMethod,
  confirm: bool,
  confirmation_method: { kind: 'enum', values: ['automatic', 'manual'] },
  confirmation_token: str,
  customer: str,
  customer_account: str,
  description: { kind: 'string', maxLength: 1000 },
  error_on_requires_action: bool,
  excluded_payment_method_types: list,
  expand,
  hooks: any,
  mandate: str,
  mandate_data: any,
  metadata,
  off_session: any,
  on_behalf_of: str,
  payment_details: any,
  payment_method: str,
  payment_method_configuration: str,
  payment_method_data: any,
  payment_method_options: any,
  radar_options: any,
  receipt_email: email,
  return_url: str,
  setup_future_usage: setupFutureUsage,
  shipping,
  statement_descriptor: descriptor,
  statement_descriptor_suffix: descriptor,
  transfer_data: any,
  transfer_group: str,
  use_stripe_sdk: bool,
} as const

/** Parameter specs of the PaymentIntent endpoints, transcribed from stripe's PaymentIntents.d.ts. */
export const paymentIntentParams = {
  create,
  update: {
    allowed_payment_method_types: list,
    amount: { kind: 'integer', min: 1 },
    amount_details: any,
    application_fee_amount: { kind: 'integer', min: 0, emptyable: true },
    capture_method: captureMethod,
    currency: { kind: 'string', format: 'currency' },
    customer: str,
    customer_account: str,
    description: { kind: 'string', maxLength: 1000 },
    excluded_payment_method_types: { kind: 'list', emptyable: true },
    expand,
    hooks: any,
    metadata,
    payment_details: any,
    payment_method: str,
    payment_method_configuration: str,
    payment_method_data: any,
    payment_method_options: any,
    receipt_email: { ...email, emptyable: true },
    setup_future_usage: { ...setupFutureUsage, emptyable: true },
    shipping: { ...shipping, emptyable: true },
    statement_descriptor: descriptor,
    statement_descriptor_suffix: descriptor,
    transfer_data: any,
    transfer_group: str,
  },
  retrieve: { client_secret: str, expand },
  list: { ...listParamSpecs, created: { kind: 'range' }, customer: str, customer_account: str },
  search: { query: { kind: 'string', required: true }, expand, limit: { kind: 'integer', min: 1, max: 100 }, page: str },
  cancel: {
    cancellation_reason: { kind: 'enum', values: ['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned'] },
    expand,
  },
  confirm: {
    allowed_payment_method_types: list,
    amount_details: any,
    amount_to_confirm: { kind: 'integer', min: 1 },
    capture_method: captureMethod,
    confirmation_token: str,
    error_on_requires_action: bool,
    excluded_payment_method_types: { kind: 'list', emptyable: true },
    expand,
    hooks: any,
    mandate: str,
    mandate_data: any,
    off_session: any,
    payment_details: any,
    payment_method: str,
    payment_method_data: any,
    payment_method_options: any,
    radar_options: any,
    receipt_email: { ...email, emptyable: true },
    return_url: str,
    setup_future_usage: { ...setupFutureUsage, emptyable: true },
    shipping: { ...shipping, emptyable: true },
    use_stripe_sdk: bool,
  },
  capture: {
    amount_details: any,
    amount_to_capture: { kind: 'integer', min: 1 },
    application_fee_amount: { kind: 'integer', min: 0 },
    expand,
    final_capture: bool,
    hooks: any,
    metadata,
    payment_details: any,
    statement_descriptor: descriptor,
    statement_descriptor_suffix: descriptor,
    transfer_data: any,
  },
} as const
