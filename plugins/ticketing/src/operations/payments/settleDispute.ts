import type { PayloadRequest } from 'payload'

import { advancePaymentStatus, endWonDispute } from '../../db/payments/bookingPaymentStatus'
import { endLostDispute } from '../../db/payments/endLostDispute'
import { findBookingForIntent } from '../../db/payments/findBookingForIntent'
import { recordLedgerEntry } from '../../db/payments/ledger'
import { releaseSeats } from '../../db/seats/seats'
import type { DisputeState } from '../../payments/types'
import { emitBookingEvent } from '../hostHooks/emitBookingEvent'
import { queueEmail } from '../email/queueEmail'
import { issueCreditNote } from '../invoices/issueCreditNote'

/**
 * A dispute (re-read from the provider): ledger entry, paymentStatus DISPUTED while open
 * (finance is alerted once), back to PAID / PARTIALLY_REFUNDED when won (seats stay put).
 * Lost, the money is gone: the booking ends REFUNDED / REFUNDED, its invoice is credited, its seats are released and
 * finance is alerted — once, whatever the order or number of the events that bring it.
 */
export const settleDispute = async (req: PayloadRequest, dispute: DisputeState, stripeEventId: null | string = null): Promise<void> => {
  if (!dispute.paymentIntentId) return
  const booking = await findBookingForIntent(req, { id: dispute.paymentIntentId, metadata: {} })
  if (!booking) return
  await recordLedgerEntry(req, {
    amount: dispute.amount,
    bookingId: booking.id,
    currency: dispute.currency,
    failureCode: dispute.reason,
    kind: 'DISPUTE',
    status: dispute.status,
    stripeEventId,
    stripeObjectId: dispute.id,
  })
  if (dispute.status === 'won') {
    if (await endWonDispute(req, booking.id)) await emitBookingEvent(req, 'afterBookingDisputed', booking.id, { disputeId: dispute.id, outcome: 'won' })
  } else if (dispute.status === 'lost') {
    // Credited once per dispute (its id), even when a duplicate event finds the booking already ended.
    await issueCreditNote(req, booking.id, { amount: dispute.amount, cause: 'disputeLost', paidAt: new Date().toISOString(), source: dispute.id })
    if (!(await endLostDispute(req, booking.id))) return
    if (booking.status === 'CONFIRMED') await releaseSeats(req, booking.eventId, booking.quantity, 'confirmed')
    await queueEmail(req, { amount: dispute.amount, bookingId: booking.id, disputeId: dispute.id, kind: 'disputeLost' })
    await emitBookingEvent(req, 'afterBookingDisputed', booking.id, { disputeId: dispute.id, outcome: 'lost' })
  } else {
    if (await advancePaymentStatus(req, booking.id, 'DISPUTED')) {
      await queueEmail(req, { amount: dispute.amount, bookingId: booking.id, disputeId: dispute.id, kind: 'disputeAlert' })
      await emitBookingEvent(req, 'afterBookingDisputed', booking.id, { disputeId: dispute.id, outcome: 'opened' })
    }
  }
}
