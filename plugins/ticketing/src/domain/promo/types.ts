/** Promo-code types shared by the pricing function and the code checks. Money is integer minor units. */

/** Why a code cannot apply (the `details.reason` of a 409 PROMO_INVALID). */
export type PromoInvalidReason =
  | 'EXHAUSTED'
  | 'EXPIRED'
  | 'INACTIVE'
  | 'NOT_COMBINABLE'
  | 'NOT_FOR_EVENT'
  | 'NOT_STARTED'
  | 'UNKNOWN'
  | 'WRONG_CURRENCY'

export const PROMO_INVALID_REASONS: readonly PromoInvalidReason[] = [
  'UNKNOWN',
  'INACTIVE',
  'NOT_STARTED',
  'EXPIRED',
  'EXHAUSTED',
  'NOT_FOR_EVENT',
  'WRONG_CURRENCY',
  'NOT_COMBINABLE',
]

/** What pricing needs of a code: how much it takes off, and whether it rides on the early bird. */
export type PromoDiscountRule =
  | { code: string; combinesWithEarlyBird: boolean; kind: 'PERCENT'; percent: number }
  | { amountPerSeat: number; code: string; combinesWithEarlyBird: boolean; currency: string; kind: 'FIXED_PER_SEAT' }

/** A stored code, as the checks read it. */
export type PromoCodeRecord = {
  active: boolean
  /** Event ids it is limited to; empty = every event. */
  eventIds: number[]
  id: number
  /** Seats it may discount in all; null = no limit. */
  maxSeats: null | number
  rule: PromoDiscountRule
  /** Seats of live holds and bookings already counted against `maxSeats`. */
  seatsUsed: number
  validFrom: null | string
  validUntil: null | string
}
