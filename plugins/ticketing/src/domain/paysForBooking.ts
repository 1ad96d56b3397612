export type BookingPaymentKey = { currency: string; paymentIntentId: null | string; total: number }
export type IntentKey = { amount: number; currency: string; id: string }

/**
 * Whether a PaymentIntent is the one its booking created. The booking's stored PaymentIntent
 * id decides; only a booking that never stored one (the process stopped between creating the
 * PaymentIntent and saving its id) is matched by the intent's `bookingId` metadata, and then
 * the amount and currency must be the booking's. A payment from another system on the same
 * Stripe account that happens to carry a `bookingId` never pays for a booking.
 */
export const paysForBooking = (booking: BookingPaymentKey, intent: IntentKey): boolean =>
  booking.paymentIntentId !== null
    ? booking.paymentIntentId === intent.id
    : intent.amount === booking.total && intent.currency.toUpperCase() === booking.currency.toUpperCase()
