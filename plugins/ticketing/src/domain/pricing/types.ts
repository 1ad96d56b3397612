/** Pricing types shared by `quote` and `isEarlyBirdActive`. Money is integer minor units. */

import type { PromoDiscountRule, PromoInvalidReason } from '../promo/types'

export type TicketType = 'REGULAR' | 'EARLY_BIRD' | 'GROUP'

export type PricingEvent = {
  /** ISO 4217 code; prices are integers in its minor unit. */
  currency: string
  regularPrice: number
  earlyBirdPrice?: number | null
  /** Inclusive: the early-bird price applies while `now <= earlyBirdDeadline`. */
  earlyBirdDeadline?: Date | string | null
  groupMinimum?: number | null
  /** 0–100, up to two decimals (12.5, 33.33). */
  groupDiscountPercent?: number | null
  maxPerBooking: number
}

export type Quote = {
  currency: string
  ticketType: TicketType
  quantity: number
  unitPrice: number
  subtotal: number
  discount: number
  /** The promo code applied (upper-case), or null. */
  promoCode: null | string
  /** What the promo code took off, after the group discount. */
  promoDiscount: number
  /** subtotal − discount − promoDiscount, never negative. */
  total: number
  /** ISO timestamp of the early-bird deadline, only while the early bird applies. */
  earlyBirdEndsAt: string | null
}

export type QuoteInput = {
  event: PricingEvent
  /** Untrusted (request body); validated by `quote`. */
  quantity: unknown
  now: Date
  /** Seats still free; omit to skip the availability check. */
  seatsAvailable?: number
  /** A promo code to apply after the group discount (already checked for validity and seats left). */
  promo?: PromoDiscountRule | null
}

export type QuoteErrorCode = 'VALIDATION' | 'INSUFFICIENT_SEATS' | 'SOLD_OUT' | 'PROMO_INVALID'

export type QuoteResult =
  | { ok: true; quote: Quote }
  | { ok: false; code: QuoteErrorCode; message: string; reason?: PromoInvalidReason; seatsAvailable?: number }
