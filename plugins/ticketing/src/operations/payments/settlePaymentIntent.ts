import type { PayloadRequest } from 'payload'

import { advancePaymentStatus } from '../../db/payments/bookingPaymentStatus'
import { findBookingForIntent } from '../../db/payments/findBookingForIntent'
import { recordLedgerEntry } from '../../db/payments/ledger'
import type { PaymentIntentState } from '../../payments/types'
import { queueEmail } from '../email/queueEmail'
import { isMismatchedPayment, settleMismatchedPayment } from './settleMismatchedPayment'
import { type LateRefund, settleSucceededPayment } from './settleSucceededPayment'

/**
 * Applies the CURRENT state of a PaymentIntent (re-read from the provider) to its booking,
 * in the caller's transaction. State-based, so events may come in any order, twice, or
 * hours late: a late `payment_failed` never undoes a success, because the PaymentIntent it
 * re-reads has succeeded. Payment status only moves forward.
 */
export const settlePaymentIntent = async (req: PayloadRequest, intent: PaymentIntentState, stripeEventId: null | string = null): Promise<LateRefund | null> => {
  const booking = await findBookingForIntent(req, intent)
  if (!booking) {
    req.payload.logger.warn({ paymentIntentId: intent.id }, 'ticketing: PaymentIntent without a booking')
    return null
  }
  const failed = intent.status === 'requires_payment_method' && intent.lastPaymentError
  const ledgerStatus = failed ? 'failed' : intent.status
  await recordLedgerEntry(req, {
    amount: intent.status === 'succeeded' ? intent.amountReceived : intent.amount,
    bookingId: booking.id,
    currency: intent.currency,
    failureCode: failed ? intent.lastPaymentError?.code : null,
    failureMessage: failed ? intent.lastPaymentError?.message : null,
    kind: 'PAYMENT',
    status: ledgerStatus,
    stripeEventId,
    stripeObjectId: intent.id,
  })
  if (intent.status === 'succeeded') {
    if (isMismatchedPayment(booking, intent)) return settleMismatchedPayment(req, booking, intent)
    return settleSucceededPayment(req, booking, intent)
  }
  if (intent.status === 'processing') {
    await advancePaymentStatus(req, booking.id, 'PROCESSING')
  } else if (failed && booking.status === 'PENDING') {
    if (await advancePaymentStatus(req, booking.id, 'FAILED')) await queueEmail(req, { bookingId: booking.id, kind: 'paymentFailed' })
  }
  return null
}
