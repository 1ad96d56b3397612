import type Stripe from 'stripe'

interface ShippingParam {
  address?: { city?: string; country?: string; line1?: string; line2?: string; postal_code?: string; state?: string }
  carrier?: string
  name?: string
  phone?: string
  tracking_number?: string
}

/** A validated `shipping` parameter as the object field (`null` when unset). */
export function toShipping(param: ShippingParam | null | undefined): Stripe.PaymentIntent.Shipping | null {
  if (!param) return null
  const address = param.address ?? {}
  return {
    address: {
      city: address.city ?? null,
      country: address.country ?? null,
      line1: address.line1 ?? null,
      line2: address.line2 ?? null,
      postal_code: address.postal_code ?? null,
      state: address.state ?? null,
    },
    carrier: param.carrier ?? null,
    name: param.name ?? '',
    phone: param.phone ?? null,
    tracking_number: param.tracking_number ?? null,
  }
}
