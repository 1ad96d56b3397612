import { APIError } from 'payload'

export const ERROR_CODES = {
  ALREADY_WAITING: 'ALREADY_WAITING',
  BOOKING_ACTIVE: 'BOOKING_ACTIVE',
  BOOKING_NOT_CANCELLABLE: 'BOOKING_NOT_CANCELLABLE',
  BOOKING_NOT_CONFIRMED: 'BOOKING_NOT_CONFIRMED',
  BOOKING_NOT_FOUND: 'BOOKING_NOT_FOUND',
  BOOKING_NOT_PAYABLE: 'BOOKING_NOT_PAYABLE',
  CAPTCHA_INVALID: 'CAPTCHA_INVALID',
  CAPTCHA_REQUIRED: 'CAPTCHA_REQUIRED',
  EVENT_NOT_FOUND: 'EVENT_NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  INSUFFICIENT_SEATS: 'INSUFFICIENT_SEATS',
  INTERNAL: 'INTERNAL',
  NOT_FOUND: 'NOT_FOUND',
  NOT_REFUNDABLE: 'NOT_REFUNDABLE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  PAYMENT_NOT_FOUND: 'PAYMENT_NOT_FOUND',
  PAYMENT_PROVIDER_UNAVAILABLE: 'PAYMENT_PROVIDER_UNAVAILABLE',
  PRICE_CHANGED: 'PRICE_CHANGED',
  PROMO_INVALID: 'PROMO_INVALID',
  RATE_LIMITED: 'RATE_LIMITED',
  SALES_CLOSED: 'SALES_CLOSED',
  SEATS_AVAILABLE: 'SEATS_AVAILABLE',
  SIGNATURE_INVALID: 'SIGNATURE_INVALID',
  SOLD_OUT: 'SOLD_OUT',
  UNAUTHORIZED: 'UNAUTHORIZED',
  VALIDATION: 'VALIDATION',
  WAITLIST_OFFER_INVALID: 'WAITLIST_OFFER_INVALID',
} as const

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES]

/** The one error type of the plugin; rendered as `{ error: { code, message, details } }`. */
export class TicketingError extends APIError {
  readonly code: ErrorCode
  readonly details: Record<string, unknown>
  readonly headers: Record<string, string>

  constructor(
    code: ErrorCode,
    status: number,
    message: string,
    details: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    super(message, status, details, true)
    this.name = 'TicketingError'
    this.code = code
    this.details = details
    this.headers = headers
  }
}
