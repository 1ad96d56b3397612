import type { PayloadRequest } from 'payload'

import { endMismatchedBooking } from '../../db/payments/endMismatchedBooking'
import type { BookingRecord } from '../../db/bookings/findBookingByReference'
import { hasCommittedRefund } from '../../db/refunds/hasCommittedRefund'
import type { PaymentIntentState } from '../../payments/types'
import { emitBookingEvent } from '../hostHooks/emitBookingEvent'
import { queueEmail } from '../email/queueEmail'
import type { LateRefund } from './settleSucceededPayment'

/** Whether a succeeded PaymentIntent paid less than the booking, or in another currency. */
export const isMismatchedPayment = (booking: Pick<BookingRecord, 'currency' | 'total'>, intent: PaymentIntentState): boolean =>
  intent.amountReceived < booking.total || intent.currency !== booking.currency

/**
 * A payment that does not match its booking, applied in the webhook's transaction (the
 * ledger already holds the payment): the booking ends CANCELLED / REFUNDED with a live
 * hold's seats back, finance is alerted once, and the full amount received is returned for
 * an automatic refund made after the transaction (its idempotency key derives from the
 * PaymentIntent, so redeliveries and the reconciliation make the same single refund). A
 * booking already confirmed or refunded by other means is left to finance (logged).
 */
export const settleMismatchedPayment = async (req: PayloadRequest, booking: BookingRecord, intent: PaymentIntentState): Promise<LateRefund | null> => {
  if (booking.status === 'CONFIRMED' || booking.status === 'REFUNDED') {
    req.payload.logger.error({ bookingId: booking.id, paymentIntentId: intent.id }, 'ticketing: a settled booking received a payment that does not match it')
    return null
  }
  if (await endMismatchedBooking(req, booking.id)) {
    req.payload.logger.warn({ bookingId: booking.id, paymentIntentId: intent.id }, 'ticketing: payment does not match the booking; refunding it in full')
    await queueEmail(req, {
      amount: intent.amountReceived,
      bookingId: booking.id,
      currency: intent.currency,
      kind: 'paymentMismatch',
      paymentIntentId: intent.id,
    })
    if (booking.status !== 'CANCELLED') await emitBookingEvent(req, 'afterBookingCancelled', booking.id, {})
  }
  if (await hasCommittedRefund(req, booking.id)) return null
  return { amount: intent.amountReceived, bookingId: booking.id, cause: 'mismatch', paymentIntentId: intent.id }
}
