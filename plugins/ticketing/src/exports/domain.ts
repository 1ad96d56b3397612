// The plugin's pure rules, for hosts and their pages (server or browser): pricing, whether an
// event sells, money formatting, calendar files, the status lists and the booking request's
// schema (zod). No Payload, no Stripe, no Node built-ins: safe in a client component.
export { buildIcs, DEFAULT_ICS_PRODUCT_ID, type IcsEventInput } from '../domain/calendar/buildIcs'
export { currencyDecimals } from '../domain/currencyDecimals'
export { formatDecimal } from '../domain/formatDecimal'
export { formatMoney, type FormatMoneyOptions } from '../domain/formatMoney'
export { isEarlyBirdActive, quote, type PricingEvent, type Quote, type QuoteResult, type TicketType } from '../domain/pricing/quote'
export { salesState, SELLING_STATUSES, type SalesClosedReason, type SalesState, type SalesStateInput } from '../domain/salesState'
export { BOOKING_STATUSES, type BookingStatus } from '../domain/bookingStatus'
export { PAYMENT_STATUSES, type PaymentStatus } from '../domain/paymentStatus'
export { EVENT_STATUSES, type EventStatus } from '../domain/eventStatus'
export { bookingInput, type BookingInput } from '../validation/bookingInput'
/** zod as the browser should use it (no run-time code, so no CSP report): for a host's own client-side schemas. */
export { z } from '../validation/browserZod'
export { jsonShapeProblem, MAX_JSON_DEPTH } from '../validation/jsonShapeProblem'
