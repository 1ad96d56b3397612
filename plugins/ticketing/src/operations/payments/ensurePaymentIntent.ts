import type { PayloadRequest } from 'payload'

import { storePaymentIntent } from '../../db/payments/bookingPaymentStatus'
import { type BookingRecord, findBookingByReference } from '../../db/bookings/findBookingByReference'
import { ERROR_CODES, TicketingError } from '../../errors'
import { ProviderObjectMissingError } from '../../payments/providerUnavailable'
import type { PaymentGateway, PaymentIntentState } from '../../payments/types'

const view = (intent: PaymentIntentState, publishableKey: string) => ({
  amount: intent.amount,
  clientSecret: intent.clientSecret,
  currency: intent.currency.toUpperCase(),
  paymentIntentId: intent.id,
  publishableKey,
})

/**
 * ONE PaymentIntent per booking: created on the first call with an idempotency key derived
 * from the booking (two tabs asking at once get the same one), reused afterwards, recreated
 * only if it was cancelled. Amount and currency come from the booking. Nothing about the
 * booking changes if the provider is down (503 PAYMENT_PROVIDER_UNAVAILABLE).
 */
export const ensurePaymentIntent = async ({ booking, gateway, now = new Date(), req }: { booking: BookingRecord; gateway: PaymentGateway; now?: Date; req: PayloadRequest }) => {
  const live = booking.status === 'PENDING' && booking.expiresAt !== null && new Date(booking.expiresAt) > now
  if (!live || booking.total === 0 || !['FAILED', 'PENDING', 'PROCESSING'].includes(booking.paymentStatus)) {
    throw new TicketingError(ERROR_CODES.BOOKING_NOT_PAYABLE, 409, 'This booking cannot be paid: it is not a live hold any more.', { status: booking.status })
  }
  if (booking.paymentIntentId) {
    // One the provider no longer knows (a reset test account) is replaced like a cancelled one.
    let intent = await gateway.retrievePaymentIntent(booking.paymentIntentId).catch((error: unknown) => {
      if (error instanceof ProviderObjectMissingError) return null
      throw error
    })
    if (intent && intent.status !== 'canceled') {
      if (intent.status === 'requires_payment_method' && intent.amount !== booking.total) {
        intent = await gateway.updatePaymentIntentAmount(intent.id, booking.total)
      }
      return view(intent, gateway.publishableKey)
    }
  }
  let customerId: null | string = null
  try {
    customerId = await gateway.findOrCreateCustomer({ email: booking.buyer.email, name: booking.buyer.name })
  } catch (error) {
    req.payload.logger.warn({ bookingId: booking.id, err: error instanceof Error ? error.message : String(error) }, 'ticketing: no Stripe customer attached; the payment proceeds without one')
  }
  const intent = await gateway.createPaymentIntent({
    amount: booking.total,
    currency: booking.currency,
    customerId,
    description: `Booking ${booking.reference}`,
    idempotencyKey: booking.paymentIntentId ? `booking:${booking.id}:pi:after:${booking.paymentIntentId}` : `booking:${booking.id}:pi`,
    metadata: { bookingId: String(booking.id), bookingReference: booking.reference },
    receiptEmail: booking.buyer.email,
  })
  if (!(await storePaymentIntent(req, booking, intent.id, customerId))) {
    // Another request stored a newer PaymentIntent first: answer with that one.
    const fresh = await findBookingByReference(req, booking.reference)
    if (fresh?.paymentIntentId) return view(await gateway.retrievePaymentIntent(fresh.paymentIntentId), gateway.publishableKey)
  }
  return view(intent, gateway.publishableKey)
}
