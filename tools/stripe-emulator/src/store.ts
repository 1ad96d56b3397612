import type Stripe from 'stripe'
import { StripeError } from './stripeError.js'
import type { TestCard } from './resources/testCards.js'
import type { EmulatorEvent, StripeObject } from './types.js'

const KINDS = {
  pi: 'payment_intent',
  cus: 'customer',
  ch: 'charge',
  re: 'refund',
  du: 'dispute',
  pm: 'payment_method',
  evt: 'event',
} as const

/** All emulated objects of one emulator instance, each map in creation order. */
export class Store {
  readonly paymentIntents = new Map<string, Stripe.PaymentIntent>()
  readonly customers = new Map<string, Stripe.Customer | Stripe.DeletedCustomer>()
  readonly charges = new Map<string, Stripe.Charge>()
  readonly refunds = new Map<string, Stripe.Refund>()
  readonly disputes = new Map<string, Stripe.Dispute>()
  readonly paymentMethods = new Map<string, Stripe.PaymentMethod>()
  readonly events = new Map<string, EmulatorEvent>()
  /** How confirming with a stored PaymentMethod behaves (from the test token it was made from). */
  readonly testCards = new Map<string, TestCard>()

  clear(): void {
    for (const map of [this.paymentIntents, this.customers, this.charges, this.refunds, this.disputes, this.paymentMethods, this.events, this.testCards]) {
      map.clear()
    }
  }

  /** Any stored object by id (used by `expand`); undefined for unknown ids. */
  findById(id: string): StripeObject | undefined {
    const prefix = id.slice(0, id.indexOf('_'))
    switch (prefix) {
      case 'pi': return this.paymentIntents.get(id)
      case 'cus': return this.customers.get(id)
      case 'ch': return this.charges.get(id)
      case 're': return this.refunds.get(id)
      case 'du': return this.disputes.get(id)
      case 'pm': return this.paymentMethods.get(id)
      default: return undefined
    }
  }

  paymentIntent(id: string, param = 'intent'): Stripe.PaymentIntent {
    return this.must(this.paymentIntents.get(id), 'pi', id, param)
  }

  /** A live (not deleted) customer. */
  customer(id: string, param = 'id'): Stripe.Customer {
    const customer = this.customers.get(id)
    return this.must(customer && !customer.deleted ? customer : undefined, 'cus', id, param)
  }

  charge(id: string, param = 'id'): Stripe.Charge {
    return this.must(this.charges.get(id), 'ch', id, param)
  }

  refund(id: string, param = 'id'): Stripe.Refund {
    return this.must(this.refunds.get(id), 're', id, param)
  }

  dispute(id: string, param = 'dispute'): Stripe.Dispute {
    return this.must(this.disputes.get(id), 'du', id, param)
  }

  event(id: string, param = 'id'): EmulatorEvent {
    return this.must(this.events.get(id), 'evt', id, param)
  }

  private must<T>(value: T | undefined, prefix: keyof typeof KINDS, id: string, param: string): T {
    if (value === undefined) throw StripeError.resourceMissing(KINDS[prefix], id, param)
    return value
  }
}
