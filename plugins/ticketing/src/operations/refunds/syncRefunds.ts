import type { PayloadRequest } from 'payload'

import { recordRefundedAmount } from '../../db/payments/bookingPaymentStatus'
import { cancellationItemState } from '../../db/cancellations/finishCancellationItem'
import type { BookingRecord } from '../../db/bookings/findBookingByReference'
import { findBookingForIntent } from '../../db/payments/findBookingForIntent'
import { recordLedgerEntry } from '../../db/payments/ledger'
import { settleRefundRequest } from '../../db/refunds/refundRequests'
import { releaseSeats } from '../../db/seats/seats'
import type { RefundState } from '../../payments/types'
import { emitBookingEvent } from '../hostHooks/emitBookingEvent'
import { queueEmail } from '../email/queueEmail'
import { issueCreditNote } from '../invoices/issueCreditNote'

/**
 * One credit note per succeeded refund in the booking's currency (issueCreditNote issues each
 * once), so the booking's invoices less its credit notes always equal what the ledger kept.
 */
const creditRefunds = async (req: PayloadRequest, booking: BookingRecord, refunds: RefundState[]) => {
  const cancelled = (await cancellationItemState(req, booking.id)) !== null
  for (const refund of refunds) {
    if (refund.status !== 'succeeded' || refund.currency !== booking.currency) continue
    const cause = cancelled ? 'eventCancelled' : booking.status !== 'CONFIRMED' ? 'automaticRefund' : refund.amount >= booking.total ? 'fullRefund' : 'partialRefund'
    await issueCreditNote(req, booking.id, { amount: refund.amount, cause, paidAt: new Date().toISOString(), source: refund.id })
  }
}

/**
 * Brings a booking in line with ALL the refunds of its PaymentIntent (re-read from the
 * provider): each refund in the ledger and credited, `amountRefunded` = the succeeded ones, then
 * PARTIALLY_REFUNDED, or REFUNDED with the seats released once. Idempotent.
 */
export const syncRefunds = async (req: PayloadRequest, paymentIntentId: string, refunds: RefundState[], stripeEventId: null | string = null): Promise<void> => {
  const booking = await findBookingForIntent(req, { id: paymentIntentId, metadata: {} })
  if (!booking) return
  for (const refund of refunds) {
    await recordLedgerEntry(req, {
      amount: refund.amount,
      bookingId: booking.id,
      currency: refund.currency,
      failureCode: refund.failureReason,
      kind: 'REFUND',
      status: refund.status,
      stripeEventId,
      stripeObjectId: refund.id,
    })
    // Its staff request is settled in the same transaction, so the amount is never counted twice.
    if (refund.requestId) await settleRefundRequest(req, refund.requestId, refund)
  }
  await creditRefunds(req, booking, refunds)
  // Only refunds in the booking's currency count against its total (a payment in another currency is refunded whole).
  const refunded = Math.min(booking.total, refunds.filter((r) => r.status === 'succeeded' && r.currency === booking.currency).reduce((sum, r) => sum + r.amount, 0))
  if (refunded <= booking.amountRefunded) return
  const full = refunded >= booking.total
  const releases = full && booking.status === 'CONFIRMED'
  await recordRefundedAmount(req, booking.id, {
    amountRefunded: refunded,
    paymentStatus: booking.paymentStatus === 'DISPUTED' ? 'DISPUTED' : full || booking.paymentStatus === 'REFUNDED' ? 'REFUNDED' : 'PARTIALLY_REFUNDED',
    status: releases ? 'REFUNDED' : booking.status,
  })
  if (releases) await releaseSeats(req, booking.eventId, booking.quantity, 'confirmed')
  await emitBookingEvent(req, 'afterBookingRefunded', booking.id, { amount: refunded - booking.amountRefunded })
  // A refund made by an event's cancellation is told by its eventCancelled email instead.
  if (booking.status === 'CONFIRMED' && (await cancellationItemState(req, booking.id)) === null) {
    await queueEmail(req, { amount: refunded - booking.amountRefunded, bookingId: booking.id, kind: 'refund' })
  }
}
