import { currencyDecimals } from '../currencyDecimals'
import type { PricingEvent } from './types'

const isMoney = (n: unknown): boolean => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0

/**
 * Guards the event's pricing configuration. A broken configuration is a
 * programming or data error, not a customer error, so it throws instead of
 * producing a VALIDATION result: prices must be non-negative integers in minor
 * units, `maxPerBooking` and `groupMinimum` positive integers, the group
 * percent within [0, 100] and the currency a valid ISO 4217 code.
 *
 * @throws RangeError describing the first invalid field
 */
export function assertPricingEvent(event: PricingEvent): void {
  if (event === null || typeof event !== 'object') {
    throw new RangeError('Pricing event is missing')
  }
  currencyDecimals(event.currency)
  if (!isMoney(event.regularPrice)) {
    throw new RangeError(`regularPrice must be a non-negative integer in minor units, got ${String(event.regularPrice)}`)
  }
  if (event.earlyBirdPrice != null && !isMoney(event.earlyBirdPrice)) {
    throw new RangeError(`earlyBirdPrice must be a non-negative integer in minor units, got ${String(event.earlyBirdPrice)}`)
  }
  if (!Number.isSafeInteger(event.maxPerBooking) || event.maxPerBooking < 1) {
    throw new RangeError(`maxPerBooking must be a positive integer, got ${String(event.maxPerBooking)}`)
  }
  if (event.groupMinimum != null && (!Number.isSafeInteger(event.groupMinimum) || event.groupMinimum < 1)) {
    throw new RangeError(`groupMinimum must be a positive integer, got ${String(event.groupMinimum)}`)
  }
  const percent = event.groupDiscountPercent
  if (percent != null && (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100)) {
    throw new RangeError(`groupDiscountPercent must be between 0 and 100, got ${String(percent)}`)
  }
}
