import type { PayloadRequest } from 'payload'

import { endHold } from '../../db/seats/endHold'
import type { BookingRecord } from '../../db/bookings/findBookingByReference'
import { findBookingById } from '../../db/bookings/findBookingById'
import { cancellationItemState, finishCancellationItem } from '../../db/cancellations/finishCancellationItem'
import { withTransaction } from '../../db/core/withTransaction'
import { ERROR_CODES, TicketingError } from '../../errors'
import type { PaymentGateway } from '../../payments/types'
import { emitBookingEvent } from '../hostHooks/emitBookingEvent'
import { queueEmail } from '../email/queueEmail'
import { refundBooking } from '../refunds/refundBooking'

export type CancelEventBookingOutcome = { outcome: string; refunded: number }

/** Refunds what is left through the staff refund operation (its ledger, row lock and keys); its key makes a rerun the same refund. */
const refundLeft = async (req: PayloadRequest, gateway: PaymentGateway, booking: BookingRecord): Promise<CancelEventBookingOutcome> => {
  try {
    const refund = await refundBooking({ booking, gateway, idempotencyKey: `event-cancelled:${booking.eventId}`, reason: 'requested_by_customer', req })
    return { outcome: 'refunded', refunded: refund.amount }
  } catch (error) {
    // Refunded in full already, or disputed: nothing more to give back.
    if (error instanceof TicketingError && error.code === ERROR_CODES.NOT_REFUNDABLE) return { outcome: 'not_refundable', refunded: 0 }
    throw error
  }
}

/**
 * One booking of a cancelled event, run by its own job (retried on failure). A live hold is
 * ended and its PaymentIntent cancelled; a paid booking is refunded what is left; then, once,
 * the booking's part is marked done and the buyer emailed in their language. Every step is
 * idempotent, so a job that runs again — after a crash, or twice — changes nothing more.
 */
export const cancelEventBooking = async ({ bookingId, gateway, req }: { bookingId: number; gateway: PaymentGateway; req: PayloadRequest }): Promise<CancelEventBookingOutcome> => {
  if ((await cancellationItemState(req, bookingId)) !== 'queued') return { outcome: 'already_done', refunded: 0 }
  let booking = await findBookingById(req, bookingId)
  if (!booking) return { outcome: 'missing', refunded: 0 }
  if (booking.status === 'PENDING') {
    await withTransaction(req, async () => {
      if (await endHold(req, bookingId, 'CANCELLED')) await emitBookingEvent(req, 'afterBookingCancelled', bookingId, {})
    })
    // Canceled or succeeded at Stripe already counts as done; a succeeded one is refunded by its webhook.
    if (booking.paymentIntentId) await gateway.cancelPaymentIntent(booking.paymentIntentId)
    booking = (await findBookingById(req, bookingId)) as BookingRecord
  }
  // A payment still processing: the job is retried until Stripe decides (then a success is refunded below).
  if (booking.status === 'PENDING') throw new Error('The payment of this booking is still processing; retried later.')
  const paid = booking.status !== 'CANCELLED' && booking.status !== 'EXPIRED' && Boolean(booking.paymentIntentId)
  const result = paid ? await refundLeft(req, gateway, booking) : { outcome: booking.status === 'CANCELLED' ? 'hold_ended' : 'nothing_to_refund', refunded: 0 }
  await withTransaction(req, async () => {
    if (await finishCancellationItem(req, bookingId, result.outcome, result.refunded)) {
      await queueEmail(req, { amount: result.refunded, bookingId, kind: 'eventCancelled' })
    }
  })
  return result
}
