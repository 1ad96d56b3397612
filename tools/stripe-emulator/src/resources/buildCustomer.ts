import type Stripe from 'stripe'
import { ids } from '../ids.js'
import { mergeMetadata } from '../mergeMetadata.js'
import { unixNow } from '../unixNow.js'
import type { ParamsOf } from '../paramSpec.js'
import type { customerParams } from './customerParams.js'

type AddressParam = { city?: string; country?: string; line1?: string; line2?: string; postal_code?: string; state?: string }

function toAddress(param: AddressParam | null | undefined): Stripe.Address | null {
  if (!param) return null
  const { city = null, country = null, line1 = null, line2 = null, postal_code = null, state = null } = param
  return { city, country, line1, line2, postal_code, state }
}

/** Applies create/update parameters to a customer (a fresh one when `current` is omitted). */
export function buildCustomer(
  params: ParamsOf<typeof customerParams.update>,
  current?: Stripe.Customer,
): Stripe.Customer {
  const base: Stripe.Customer = current ?? {
    id: ids.object('cus'),
    object: 'customer',
    address: null,
    balance: 0,
    created: unixNow(),
    currency: null,
    customer_account: null,
    default_source: null,
    delinquent: false,
    description: null,
    discount: null,
    email: null,
    invoice_prefix: ids.random(8).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: {},
    name: null,
    next_invoice_sequence: 1,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
  }
  const shipping = params.shipping === undefined ? undefined
    : params.shipping === null ? null
    : { address: toAddress(params.shipping.address) ?? undefined, name: params.shipping.name ?? '', phone: params.shipping.phone ?? null }
  const patch: Partial<Stripe.Customer> = {
    address: params.address === undefined ? undefined : toAddress(params.address),
    balance: params.balance,
    business_name: params.business_name ?? undefined,
    description: params.description,
    email: params.email,
    individual_name: params.individual_name ?? undefined,
    invoice_prefix: params.invoice_prefix,
    name: params.name,
    next_invoice_sequence: params.next_invoice_sequence,
    phone: params.phone,
    preferred_locales: params.preferred_locales,
    shipping,
    tax_exempt: params.tax_exempt === undefined ? undefined : (params.tax_exempt ?? 'none'),
    default_source: params.default_source,
  }
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) Object.assign(base, { [key]: value })
  base.metadata = mergeMetadata(base.metadata, params.metadata)
  return base
}
