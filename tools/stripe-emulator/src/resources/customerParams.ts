import { listParamSpecs } from '../listParamSpecs.js'

const str = { kind: 'string' } as const
const any = { kind: 'any' } as const
const expand = { kind: 'list' } as const
const address = {
  kind: 'object',
  emptyable: true,
  fields: { city: str, country: str, line1: str, line2: str, postal_code: str, state: str },
} as const
const shipping = {
  kind: 'object',
  emptyable: true,
  fields: { address: { ...address, required: true }, name: { kind: 'string', required: true }, phone: str },
} as const
const writable = {
  address,
  balance: { kind: 'integer' },
  business_name: { kind: 'string', emptyable: true },
  cash_balance: any,
  description: str,
  email: { kind: 'string', format: 'email', maxLength: 512 },
  expand,
  individual_name: { kind: 'string', emptyable: true },
  invoice_prefix: str,
  invoice_settings: any,
  metadata: { kind: 'metadata' },
  name: { kind: 'string', maxLength: 256 },
  next_invoice_sequence: { kind: 'integer', min: 1 },
  phone: { kind: 'string', maxLength: 20 },
  preferred_locales: { kind: 'list' },
  shipping,
  source: str,
  tax: any,
  tax_exempt: { kind: 'enum', values: ['none', 'exempt', 'reverse'], emptyable: true },
  validate: { kind: 'boolean' },
} as const

/** Parameter specs of the Customer endpoints, transcribed from stripe's Customers.d.ts. */
export const customerParams = {
  create: { ...writable, payment_method: str, tax_id_data: any, test_clock: str },
  update: { ...writable, default_source: str },
  retrieve: { expand },
  list: { ...listParamSpecs, created: { kind: 'range' }, email: { kind: 'string', maxLength: 512 }, test_clock: str },
  search: { query: { kind: 'string', required: true }, expand, limit: { kind: 'integer', min: 1, max: 100 }, page: str },
} as const
