import { toTime } from './toTime'
import type { PricingEvent } from './types'

/**
 * Whether the early-bird price applies at `now`: the event has an early-bird
 * price and a deadline, and `now <= earlyBirdDeadline` (the deadline instant
 * itself is still early bird; one millisecond later is not).
 *
 * An early-bird price above the regular price is not a discount and is ignored
 * (returns false), so a customer never pays more than the regular price.
 *
 * @throws RangeError when `now` or the deadline is not a valid date.
 */
export function isEarlyBirdActive(
  event: Pick<PricingEvent, 'regularPrice' | 'earlyBirdPrice' | 'earlyBirdDeadline'>,
  now: Date,
): boolean {
  const { earlyBirdPrice, earlyBirdDeadline, regularPrice } = event
  if (earlyBirdPrice == null || earlyBirdDeadline == null) return false
  if (earlyBirdPrice > regularPrice) return false
  return toTime(now, 'now') <= toTime(earlyBirdDeadline, 'earlyBirdDeadline')
}
