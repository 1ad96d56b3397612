import type { PayloadRequest } from 'payload'

import { endHold } from '../../db/seats/endHold'
import { type BookingRecord, findBookingByReference } from '../../db/bookings/findBookingByReference'
import { withTransaction } from '../../db/core/withTransaction'
import { ERROR_CODES, TicketingError } from '../../errors'
import { ProviderObjectMissingError } from '../../payments/providerUnavailable'
import type { PaymentGateway } from '../../payments/types'
import { emitBookingEvent } from '../hostHooks/emitBookingEvent'
import { issueLateRefund } from '../payments/issueLateRefund'
import { settlePaymentIntent } from '../payments/settlePaymentIntent'

const notCancellable = (why: string, status: unknown) =>
  new TicketingError(ERROR_CODES.BOOKING_NOT_CANCELLABLE, 409, `This booking cannot be cancelled: ${why}.`, { status })

/**
 * Before a hold with a PaymentIntent is cancelled, Stripe is asked where the payment stands:
 * paid (its webhook not here yet) → the booking is settled and stays; processing → it cannot be
 * stopped, so the booking stays for the webhook; Stripe unreachable → 503, the booking untouched.
 * So a cancelled booking never has money still on its way.
 */
const checkPayment = async (req: PayloadRequest, booking: BookingRecord, gateway: PaymentGateway) => {
  const intent = await gateway.retrievePaymentIntent(booking.paymentIntentId!).catch((error: unknown) => {
    if (error instanceof ProviderObjectMissingError) return null
    throw error
  })
  if (intent?.status === 'succeeded') {
    const owed = await withTransaction(req, () => settlePaymentIntent(req, intent))
    if (owed) await issueLateRefund(gateway, owed)
    throw notCancellable('it has been paid', 'PAID')
  }
  if (intent?.status === 'processing') throw notCancellable('its payment is being processed', 'PROCESSING')
}

/**
 * Cancels a PENDING booking and releases its seats at once, then cancels its PaymentIntent at
 * the provider (a failure there is logged; the expiry job closes it later). Cancelling a
 * cancelled booking again answers the same; anything else (confirmed, expired, payment in
 * progress) is 409.
 */
export const cancelBooking = async (req: PayloadRequest, booking: BookingRecord, gateway?: null | PaymentGateway): Promise<BookingRecord> => {
  if (booking.status === 'PENDING' && booking.paymentIntentId && gateway) await checkPayment(req, booking, gateway)
  if (booking.status !== 'CANCELLED') {
    if (await endHold(req, booking.id, 'CANCELLED')) {
      await emitBookingEvent(req, 'afterBookingCancelled', booking.id, {})
    } else {
      const fresh = await findBookingByReference(req, booking.reference)
      if (fresh?.status === 'CANCELLED') return fresh
      const why = fresh?.status === 'PENDING' ? 'its payment is being processed' : `it is ${String(fresh?.status).toLowerCase()}`
      throw notCancellable(why, fresh?.status)
    }
  }
  const cancelled = (await findBookingByReference(req, booking.reference)) as BookingRecord
  if (booking.status === 'PENDING' && cancelled.paymentIntentId && gateway) {
    await gateway.cancelPaymentIntent(cancelled.paymentIntentId).catch((error: unknown) =>
      req.payload.logger.warn({ bookingId: booking.id, err: error instanceof Error ? error.message : String(error) }, 'ticketing: could not cancel the PaymentIntent of a cancelled booking'),
    )
  }
  return cancelled
}
