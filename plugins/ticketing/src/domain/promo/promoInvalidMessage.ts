import type { PromoInvalidReason } from './types'

const MESSAGES: Record<PromoInvalidReason, string> = {
  EXHAUSTED: 'This code has no seats left for this many tickets.',
  EXPIRED: 'This code has expired.',
  INACTIVE: 'This code is not active.',
  NOT_COMBINABLE: 'This code does not apply to early-bird prices.',
  NOT_FOR_EVENT: 'This code does not apply to this event.',
  NOT_STARTED: 'This code is not valid yet.',
  UNKNOWN: 'This code does not exist.',
  WRONG_CURRENCY: 'This code is for another currency.',
}

/** The human message of a PROMO_INVALID reason (the machine-readable reason travels beside it). */
export const promoInvalidMessage = (reason: PromoInvalidReason): string => MESSAGES[reason]
