/** Pricing types shared by `quote` and `isEarlyBirdActive`. Money is integer minor units. */

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
}

export type QuoteErrorCode = 'VALIDATION' | 'INSUFFICIENT_SEATS' | 'SOLD_OUT'

export type QuoteResult =
  | { ok: true; quote: Quote }
  | { ok: false; code: QuoteErrorCode; message: string; seatsAvailable?: number }
