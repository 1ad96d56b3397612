import type Stripe from 'stripe'
import { ids } from '../ids.js'
import { unixNow } from '../unixNow.js'
import type { TestCard } from './testCards.js'

/** A card PaymentMethod as Stripe creates it from a test token such as `pm_card_visa`. */
export function buildPaymentMethod(card: TestCard, customer: string | null): Stripe.PaymentMethod {
  return {
    id: ids.object('pm'),
    object: 'payment_method',
    allow_redisplay: 'unspecified',
    billing_details: {
      address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
      email: null,
      name: null,
      phone: null,
      tax_id: null,
    },
    card: {
      brand: card.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
      country: card.country,
      display_brand: card.brand,
      exp_month: 12,
      exp_year: new Date().getFullYear() + 3,
      fingerprint: ids.random(16),
      funding: card.funding,
      generated_from: null,
      last4: card.last4,
      networks: { available: [card.brand], preferred: null },
      regulated_status: 'unregulated',
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    created: unixNow(),
    customer,
    customer_account: null,
    livemode: false,
    metadata: {},
    type: 'card',
  }
}
