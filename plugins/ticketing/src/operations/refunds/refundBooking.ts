import { createHash, randomUUID } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import type { BookingRecord } from '../../db/bookings/findBookingByReference'
import { recordLedgerEntry } from '../../db/payments/ledger'
import { failRefundRequest, findRefundRequestByKey, insertRefundRequest, lockBookingForRefund, reopenRefundRequest, settleRefundRequest } from '../../db/refunds/refundRequests'
import { withTransaction } from '../../db/core/withTransaction'
import { ERROR_CODES, TicketingError } from '../../errors'
import { refusedByProvider } from '../../payments/providerUnavailable'
import type { PaymentGateway, RefundReason } from '../../payments/types'
import { writeAuditEntry } from '../audit/writeAuditEntry'
import { limitConcurrency } from '../concurrency/limitConcurrency'

type RefundArgs = {
  amount?: number
  booking: BookingRecord
  gateway: PaymentGateway
  idempotencyKey?: null | string
  reason?: RefundReason
  req: PayloadRequest
}

export type RefundOutcome = { amount: number; refundId: string; replayed: boolean; status: string }

// At most 4 refunds per process talk to the database and Stripe at once; more wait in memory,
// so a burst of refunds leaves most pooled connections to the rest of the site.
const refundSlot = limitConcurrency(4)

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')

const tooMuch = (left: number) => {
  const message = `At most ${left} (minor units) can still be refunded.`
  return new TicketingError(ERROR_CODES.VALIDATION, 400, message, { fields: { amount: [message] }, refundable: left })
}

const notRefundable = (paymentStatus: string) =>
  new TicketingError(ERROR_CODES.NOT_REFUNDABLE, 409, 'Only a paid booking can be refunded.', { paymentStatus })

/**
 * Step 1, one short transaction on the booking's row lock: decide the amount against what is
 * already refunded or reserved, and record the request (its amount now reserved). With an
 * Idempotency-Key, an earlier request with the key is found instead: replayed when settled,
 * sent to Stripe again (same Stripe idempotency key, same refund) when not.
 */
const reserve = ({ amount, booking, idempotencyKey, reason, req }: RefundArgs) =>
  withTransaction(req, async () => {
    const locked = await lockBookingForRefund(req, booking.id)
    if (!locked) throw new TicketingError(ERROR_CODES.BOOKING_NOT_FOUND, 404, 'No booking has this reference.')
    const keyHash = idempotencyKey ? sha256(`refund:${booking.id}:${idempotencyKey}`) : null
    const requestHash = idempotencyKey ? sha256(JSON.stringify({ amount: amount ?? null, reason: reason ?? null })) : null
    const earlier = keyHash ? await findRefundRequestByKey(req, keyHash) : null
    if (earlier && earlier.requestHash !== requestHash) {
      throw new TicketingError(ERROR_CODES.IDEMPOTENCY_KEY_REUSED, 422, 'This Idempotency-Key was already used with a different request.')
    }
    // Settled: replayed. Still with Stripe (a concurrent retry): the same Stripe idempotency key gives the same refund.
    if (earlier && earlier.state !== 'failed') return { booking: locked.booking, owner: false, request: earlier }
    const { booking: current, committed } = locked
    if (!current.paymentIntentId || !['PAID', 'PARTIALLY_REFUNDED'].includes(current.paymentStatus)) throw notRefundable(current.paymentStatus)
    const left = Math.max(0, current.total - committed)
    if (left === 0) throw new TicketingError(ERROR_CODES.NOT_REFUNDABLE, 409, 'This booking has already been refunded in full.', { refundable: 0 })
    const value = earlier?.amount ?? amount ?? left
    if (value > left) throw tooMuch(left)
    if (earlier) {
      // The earlier attempt with this key failed: reserve it again, then try Stripe again.
      await reopenRefundRequest(req, earlier.id)
      return { booking: current, owner: true, request: { ...earlier, state: 'requested' as const } }
    }
    const id = randomUUID()
    await insertRefundRequest(req, { id, amount: value, bookingId: current.id, keyHash, reason: reason ?? null, requestHash })
    return { booking: current, owner: true, request: { id, amount: value, refundId: null, refundStatus: null, state: 'requested' as const } }
  })

const makeRefund = async (args: RefundArgs): Promise<RefundOutcome> => {
  const { booking, gateway, reason, req } = args
  if (!booking.paymentIntentId || !['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'DISPUTED'].includes(booking.paymentStatus)) throw notRefundable(booking.paymentStatus)
  const { booking: current, owner, request } = await reserve(args)
  if (request.state === 'settled' && request.refundId) {
    return { amount: request.amount, refundId: request.refundId, replayed: true, status: request.refundStatus ?? 'pending' }
  }
  let refund
  try {
    refund = await gateway.createRefund({
      amount: request.amount,
      idempotencyKey: `refund-request:${request.id}`,
      metadata: { bookingId: String(current.id), bookingReference: current.reference, refundRequestId: request.id, requestedBy: String(req.user?.id ?? '') },
      paymentIntentId: current.paymentIntentId as string,
      reason,
    })
  } catch (error) {
    // Only the request that reserved the amount releases it; a concurrent retry just answers "try again".
    if (owner) await failRefundRequest(req, request.id)
    else throw new TicketingError(ERROR_CODES.PAYMENT_PROVIDER_UNAVAILABLE, 503, 'This refund is still being made. Please try again in a few seconds.', {}, { 'Retry-After': '5' })
    if (refusedByProvider(error)) {
      // e.g. a charged-back payment, whose dispute the webhook has not recorded yet.
      throw new TicketingError(ERROR_CODES.NOT_REFUNDABLE, 409, `The payment service refused this refund: ${(error as Error).message}`)
    }
    throw error
  }
  await withTransaction(req, async () => {
    await lockBookingForRefund(req, current.id)
    await recordLedgerEntry(req, { amount: refund.amount, bookingId: current.id, currency: refund.currency, kind: 'REFUND', status: refund.status, stripeObjectId: refund.id })
    await settleRefundRequest(req, request.id, refund)
    // The refund is in the audit log exactly when it is recorded here (a replayed request records nothing new).
    await writeAuditEntry(req, {
      action: 'refund',
      bookingId: current.id,
      details: { amount: refund.amount, currency: refund.currency, reason: reason ?? null, refundId: refund.id, refundRequestId: request.id, status: refund.status },
      target: `bookings:${current.id}`,
    })
  })
  return { amount: refund.amount, refundId: refund.id, replayed: false, status: refund.status }
}

/**
 * A staff refund, full (no amount) or partial, never more than what is left once refunds made,
 * pending or requested are counted — decided by PostgreSQL on the booking's row lock, in a
 * short transaction. Stripe is called after it (no connection held meanwhile) with the
 * request's own idempotency key, then a second short transaction records the refund. Without
 * an Idempotency-Key every call is a new refund; with one, a retry returns the same refund.
 * The webhook records the outcome, the audit log the refund (with the staff member, or none
 * for an event cancellation's job). At most 4 run at once per process (the others wait).
 */
export const refundBooking = (args: RefundArgs): Promise<RefundOutcome> => refundSlot(() => makeRefund(args))
