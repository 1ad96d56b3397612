import { currencies } from '../currencies.js'
import { StripeError } from '../stripeError.js'

/** Stripe's per-currency minimum and global maximum charge amounts. */
export function checkAmount(amount: number, currency: string, param = 'amount'): void {
  const minimum = currencies.minimumAmount(currency)
  if (amount < minimum) {
    throw StripeError.invalid(`Amount must be at least ${currencies.format(minimum, currency)} ${currency}`, { code: 'amount_too_small', param })
  }
  const maximum = currencies.maximumAmount()
  if (amount > maximum) {
    throw StripeError.invalid(`Amount must be no more than ${currencies.format(maximum, currency)}`, { code: 'amount_too_large', param })
  }
}
