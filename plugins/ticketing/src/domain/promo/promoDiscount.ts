import { percentOfHalfUp } from '../pricing/percentOfHalfUp'
import type { PromoDiscountRule, PromoInvalidReason } from './types'

type Priced = { currency: string; quantity: number; ticketType: string; left: number }

/**
 * What a code takes off a priced booking, after the group discount: PERCENT of what is left,
 * rounded half-up; FIXED_PER_SEAT × quantity, capped at what is left (a total never goes
 * below 0). A fixed amount is in one currency and never applies to another; a code that does
 * not combine with the early bird does not apply to early-bird seats.
 */
export const promoDiscount = (rule: PromoDiscountRule, priced: Priced): { ok: false; reason: PromoInvalidReason } | { ok: true; promoDiscount: number } => {
  if (priced.ticketType === 'EARLY_BIRD' && !rule.combinesWithEarlyBird) return { ok: false, reason: 'NOT_COMBINABLE' }
  if (rule.kind === 'PERCENT') return { ok: true, promoDiscount: percentOfHalfUp(priced.left, rule.percent) }
  if (rule.currency.trim().toUpperCase() !== priced.currency) return { ok: false, reason: 'WRONG_CURRENCY' }
  const off = rule.amountPerSeat * priced.quantity
  if (!Number.isSafeInteger(off) || off < 0) throw new RangeError(`Promo amount ${rule.amountPerSeat} × ${priced.quantity} is not a safe amount`)
  return { ok: true, promoDiscount: Math.min(off, priced.left) }
}
