import type { PromoCodeRecord, PromoInvalidReason } from './types'

type Context = { eventId: number; now: Date; quantity: number }

/**
 * Whether a stored code may apply to `quantity` seats of an event now, before pricing: the
 * reason it may not, else null. A code applies to every seat of a booking or to none, so
 * fewer code seats left than the quantity is EXHAUSTED. (The hold statement counts the seats
 * again under a lock: this check only answers the quote and fails a booking early.)
 */
export const checkPromoCode = (code: PromoCodeRecord, { eventId, now, quantity }: Context): null | PromoInvalidReason => {
  if (!code.active) return 'INACTIVE'
  const at = now.getTime()
  if (code.validFrom && at < new Date(code.validFrom).getTime()) return 'NOT_STARTED'
  if (code.validUntil && at > new Date(code.validUntil).getTime()) return 'EXPIRED'
  if (code.eventIds.length > 0 && !code.eventIds.includes(eventId)) return 'NOT_FOR_EVENT'
  if (code.maxSeats !== null && code.seatsUsed + quantity > code.maxSeats) return 'EXHAUSTED'
  return null
}
