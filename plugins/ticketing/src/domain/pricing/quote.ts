import { assertPricingEvent } from './assertPricingEvent'
import { isEarlyBirdActive } from './isEarlyBirdActive'
import { promoDiscount } from '../promo/promoDiscount'
import { promoInvalidMessage } from '../promo/promoInvalidMessage'
import { percentOfHalfUp } from './percentOfHalfUp'
import { toTime } from './toTime'
import type { QuoteInput, QuoteResult, TicketType } from './types'

export type { PricingEvent, Quote, QuoteErrorCode, QuoteInput, QuoteResult, TicketType } from './types'
export { isEarlyBirdActive } from './isEarlyBirdActive'

/**
 * The one pricing function (checkout, booking creation, admin and emails all
 * use it). Pure: the caller supplies `now` and the current `seatsAvailable`.
 *
 * Rules, in order:
 * 1. `quantity` must be an integer with 1 ≤ q ≤ maxPerBooking, else VALIDATION.
 * 2. If `seatsAvailable` is given and q > seatsAvailable: SOLD_OUT when no seat
 *    is left, else INSUFFICIENT_SEATS (both carry `seatsAvailable`, floored at 0).
 * 3. EARLY_BIRD (unit = early-bird price) while `isEarlyBirdActive`; it has
 *    priority over the group discount.
 * 4. GROUP when q ≥ groupMinimum and groupDiscountPercent > 0: unit = regular,
 *    discount = subtotal × percent / 100 rounded half-up to the minor unit.
 * 5. Otherwise REGULAR.
 * subtotal = unit × q; a promo code (`promo`) then takes `promoDiscount` off what is left
 * (domain/promo/promoDiscount), or the quote fails with PROMO_INVALID and its reason;
 * total = subtotal − discount − promoDiscount ≥ 0.
 *
 * @throws RangeError when the event configuration is invalid (see
 * `assertPricingEvent`), `now` is not a valid date, `seatsAvailable` is not an
 * integer, or the subtotal exceeds Number.MAX_SAFE_INTEGER.
 */
export function quote(input: QuoteInput): QuoteResult {
  const { event, quantity, now, promo, seatsAvailable } = input
  assertPricingEvent(event)
  toTime(now, 'now')

  const max = event.maxPerBooking
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1 || quantity > max) {
    return {
      ok: false,
      code: 'VALIDATION',
      message: `Quantity must be a whole number from 1 to ${max}.`,
    }
  }

  if (seatsAvailable != null) {
    if (!Number.isSafeInteger(seatsAvailable)) {
      throw new RangeError(`seatsAvailable must be an integer, got ${String(seatsAvailable)}`)
    }
    if (quantity > seatsAvailable) {
      const left = Math.max(0, seatsAvailable)
      return left === 0
        ? { ok: false, code: 'SOLD_OUT', message: 'This event is sold out.', seatsAvailable: 0 }
        : {
            ok: false,
            code: 'INSUFFICIENT_SEATS',
            message: `Only ${left} ${left === 1 ? 'seat is' : 'seats are'} still available.`,
            seatsAvailable: left,
          }
    }
  }

  const earlyBird = isEarlyBirdActive(event, now)
  const percent = event.groupDiscountPercent ?? 0
  const group = !earlyBird && event.groupMinimum != null && quantity >= event.groupMinimum && percent > 0

  const ticketType: TicketType = earlyBird ? 'EARLY_BIRD' : group ? 'GROUP' : 'REGULAR'
  const unitPrice = earlyBird ? (event.earlyBirdPrice as number) : event.regularPrice
  const subtotal = unitPrice * quantity
  if (!Number.isSafeInteger(subtotal)) {
    throw new RangeError(`Subtotal ${unitPrice} × ${quantity} exceeds the safe integer range`)
  }
  const discount = group ? percentOfHalfUp(subtotal, percent) : 0
  let promoOff = 0
  if (promo) {
    const applied = promoDiscount(promo, { currency: event.currency.trim().toUpperCase(), left: subtotal - discount, quantity, ticketType })
    if (!applied.ok) return { ok: false, code: 'PROMO_INVALID', message: promoInvalidMessage(applied.reason), reason: applied.reason }
    promoOff = applied.promoDiscount
  }
  const deadline = earlyBird ? toTime(event.earlyBirdDeadline as Date | string, 'earlyBirdDeadline') : null

  return {
    ok: true,
    quote: {
      currency: event.currency.trim().toUpperCase(),
      ticketType,
      quantity,
      unitPrice,
      subtotal,
      discount,
      promoCode: promo ? promo.code : null,
      promoDiscount: promoOff,
      total: subtotal - discount - promoOff,
      earlyBirdEndsAt: deadline === null ? null : new Date(deadline).toISOString(),
    },
  }
}
