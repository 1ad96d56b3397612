import type { PayloadRequest } from 'payload'

import { assignTicketCodes } from '../../db/bookings/assignTicketCodes'
import { confirmPaidBooking, markLatePaymentPaid } from '../../db/payments/bookingPaymentStatus'
import type { BookingRecord } from '../../db/bookings/findBookingByReference'
import { confirmHeldSeats, takeSeats } from '../../db/seats/seats'
import { type BookingStatus, canTransitionBooking } from '../../domain/bookingStatus'
import type { PaymentIntentState } from '../../payments/types'
import { emitBookingEvent } from '../hostHooks/emitBookingEvent'
import { queueEmail } from '../email/queueEmail'
import { issueInvoice } from '../invoices/issueInvoice'

/** A refund owed after the transaction: a payment after its seats were gone, or one that did not match its booking. */
export type LateRefund = { amount: number; bookingId: number; cause: 'lateAfterHold' | 'mismatch'; paymentIntentId: string }

/**
 * A succeeded PaymentIntent, applied to its (locked) booking inside the webhook's
 * transaction. A live hold becomes CONFIRMED/PAID with ticket codes, its invoice and a
 * confirmation email. A payment that arrives after its hold ended re-takes the seats if they are still
 * there; otherwise the booking is marked PAID and returned for an automatic full refund.
 * Applying it twice changes nothing.
 */
export const settleSucceededPayment = async (req: PayloadRequest, booking: BookingRecord, intent: PaymentIntentState): Promise<LateRefund | null> => {
  // Already confirmed, or refunded since: a success applied again (or late) changes nothing.
  if (!canTransitionBooking(booking.status as BookingStatus, 'CONFIRMED')) return null
  const lateRefund: LateRefund = { amount: intent.amountReceived, bookingId: booking.id, cause: 'lateAfterHold', paymentIntentId: intent.id }
  if (booking.status !== 'PENDING') {
    // The hold had ended (expired or cancelled) before the money arrived.
    if (!['PENDING', 'PROCESSING', 'FAILED'].includes(booking.paymentStatus)) {
      // Already settled as a late payment: PAID and not yet refunded means the refund is still owed.
      return booking.paymentStatus === 'PAID' && booking.amountRefunded === 0 ? lateRefund : null
    }
    const seats = await takeSeats(req, booking.eventId, booking.quantity, 'confirmed')
    if (!seats.ok) {
      await markLatePaymentPaid(req, booking.id)
      // Paid is paid: the invoice is issued, and the automatic refund that follows credits it.
      await issueInvoice(req, booking, { paidAt: new Date().toISOString(), source: intent.id })
      await queueEmail(req, { amount: intent.amountReceived, bookingId: booking.id, kind: 'lateRefund' })
      return lateRefund
    }
  }
  await confirmPaidBooking(req, booking.id)
  await assignTicketCodes(req, booking.id, booking.quantity)
  // Sent after the commit, so queued before the invoice: the email job finds the invoice then.
  await queueEmail(req, { bookingId: booking.id, kind: 'confirmation' })
  // Its number is taken in this transaction: a rollback gives it back (docs/decisions/invoices.md).
  // The seller's counter row stays locked until the commit, and every confirmation of a burst
  // waits for it: so it is taken as late as possible, with only the seats after it.
  await issueInvoice(req, booking, { paidAt: new Date().toISOString(), source: intent.id })
  await emitBookingEvent(req, 'afterBookingConfirmed', booking.id, {})
  // Last: the event's row is every confirmation's hot spot, so its lock is held only until the commit.
  if (booking.status === 'PENDING') await confirmHeldSeats(req, booking.eventId, booking.quantity)
  return null
}
