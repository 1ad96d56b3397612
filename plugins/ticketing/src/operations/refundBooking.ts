import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { BookingRecord } from '../db/findBookingByReference'
import { recordLedgerEntry } from '../db/ledger'
import { query } from '../db/query'
import { withAdvisoryLock } from '../db/withAdvisoryLock'
import { ERROR_CODES, TicketingError } from '../errors'
import type { PaymentGateway, RefundReason } from '../payments/types'

const COMMITTED = new Set(['pending', 'requires_action', 'succeeded'])
const REFUND_LOCK = 7_301
const DOUBLE_CLICK_SECONDS = 60

type RefundArgs = {
  amount?: number
  booking: BookingRecord
  gateway: PaymentGateway
  idempotencyKey?: null | string
  reason?: RefundReason
  req: PayloadRequest
}

/** The same amount asked again within a minute (no Idempotency-Key): the refund already made. */
const recentSameRefund = async (req: PayloadRequest, bookingId: number, amount: number) => {
  const [recent] = await query<{ amount: string; status: string; stripe_object_id: string }>(
    req,
    sql`SELECT stripe_object_id, amount, status FROM booking_payments
        WHERE booking_id = ${bookingId} AND kind = 'REFUND' AND amount = ${amount}
          AND created_at > now() - make_interval(secs => ${DOUBLE_CLICK_SECONDS})
        ORDER BY created_at DESC LIMIT 1`,
  )
  return recent ? { amount: Number(recent.amount), refundId: recent.stripe_object_id, status: recent.status } : null
}

const createRefund = async ({ amount, booking, gateway, idempotencyKey, reason, req }: RefundArgs, paymentIntentId: string) => {
  if (!idempotencyKey && amount !== undefined) {
    const repeated = await recentSameRefund(req, booking.id, amount)
    if (repeated) return repeated
  }
  const refunds = await gateway.listRefunds(paymentIntentId)
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
    paymentIntentId,
    reason,
  })
  await recordLedgerEntry(req, { amount: refund.amount, bookingId: booking.id, currency: refund.currency, kind: 'REFUND', status: refund.status, stripeObjectId: refund.id })
  return { amount: refund.amount, refundId: refund.id, status: refund.status }
}

/**
 * A staff refund, full (no amount) or partial, never more than what is left once refunds
 * already made or pending are counted. Refunds of one booking run one at a time (across app
 * processes); without an Idempotency-Key the same amount asked again within a minute is the
 * same refund (a double-click), with one the key decides. The webhook records the outcome.
 */
export const refundBooking = async (args: RefundArgs) => {
  const { booking, req } = args
  if (!booking.paymentIntentId || !['PAID', 'PARTIALLY_REFUNDED'].includes(booking.paymentStatus)) {
    throw new TicketingError(ERROR_CODES.NOT_REFUNDABLE, 409, 'Only a paid booking can be refunded.', { paymentStatus: booking.paymentStatus })
  }
  const paymentIntentId = booking.paymentIntentId
  return withAdvisoryLock(req.payload, REFUND_LOCK, booking.id, () => createRefund(args, paymentIntentId))
}
