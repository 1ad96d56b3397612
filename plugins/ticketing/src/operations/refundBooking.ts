import type { PayloadRequest } from 'payload'

import type { BookingRecord } from '../db/findBookingByReference'
import { recordLedgerEntry } from '../db/ledger'
import { ERROR_CODES, TicketingError } from '../errors'
import type { PaymentGateway, RefundReason } from '../payments/types'

const COMMITTED = new Set(['pending', 'requires_action', 'succeeded'])

/**
 * A staff refund, full (no amount) or partial, never more than what is left once refunds
 * already made or pending are counted. The idempotency key makes a double-click one refund;
 * the webhook records the outcome on the booking.
 */
export const refundBooking = async ({ amount, booking, gateway, idempotencyKey, reason, req }: {
  amount?: number
  booking: BookingRecord
  gateway: PaymentGateway
  idempotencyKey?: null | string
  reason?: RefundReason
  req: PayloadRequest
}) => {
  if (!booking.paymentIntentId || !['PAID', 'PARTIALLY_REFUNDED'].includes(booking.paymentStatus)) {
    throw new TicketingError(ERROR_CODES.NOT_REFUNDABLE, 409, 'Only a paid booking can be refunded.', { paymentStatus: booking.paymentStatus })
  }
  const refunds = await gateway.listRefunds(booking.paymentIntentId)
  const committed = refunds.filter((r) => COMMITTED.has(r.status)).reduce((sum, r) => sum + r.amount, 0)
  const left = Math.max(0, booking.total - committed)
  if (left === 0) throw new TicketingError(ERROR_CODES.NOT_REFUNDABLE, 409, 'This booking has already been refunded in full.', { refundable: 0 })
  const value = amount ?? left
  if (value > left) {
    const message = `At most ${left} (minor units) can still be refunded.`
    throw new TicketingError(ERROR_CODES.VALIDATION, 400, message, { fields: { amount: [message] }, refundable: left })
  }
  const refund = await gateway.createRefund({
    amount: value,
    idempotencyKey: idempotencyKey ? `refund:${booking.id}:${idempotencyKey}` : `booking:${booking.id}:refund:${committed}:${value}`,
    metadata: { bookingId: String(booking.id), bookingReference: booking.reference, requestedBy: String(req.user?.id ?? '') },
    paymentIntentId: booking.paymentIntentId,
    reason,
  })
  await recordLedgerEntry(req, {
    amount: refund.amount,
    bookingId: booking.id,
    currency: refund.currency,
    kind: 'REFUND',
    status: refund.status,
    stripeObjectId: refund.id,
  })
  return { amount: refund.amount, refundId: refund.id, status: refund.status }
}
