import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { type BookingRecord, toBookingRecord } from '../bookings/findBookingByReference'
import { inList } from '../core/inList'
import { query } from '../core/query'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/** Refund statuses that take money back (or are about to): they count against what is left. */
const COMMITTED_REFUND_STATUSES = ['pending', 'requires_action', 'succeeded']

export type RefundRequest = {
  id: string
  amount: number
  createdAt: string
  refundId: null | string
  refundStatus: null | string
  requestHash: null | string
  state: 'failed' | 'requested' | 'settled'
}

const toRequest = (row: Record<string, unknown>): RefundRequest => ({
  id: String(row.id),
  amount: Number(row.amount),
  createdAt: new Date(row.created_at as string).toISOString(),
  refundId: (row.refund_id as null | string) ?? null,
  refundStatus: (row.refund_status as null | string) ?? null,
  requestHash: (row.request_hash as null | string)?.trim() ?? null,
  state: row.state as RefundRequest['state'],
})

/**
 * The booking, locked for the rest of the transaction, with what is already refunded or
 * reserved: refunds in the ledger that take money back, plus requests still waiting for
 * Stripe. Refunds of one booking are decided one after the other on this row lock. The sums
 * are read by a second statement, once the lock is held: a statement that waited for the lock
 * would still see the data of before the wait, without the refund that made it wait.
 */
export const lockBookingForRefund = async (req: Req, bookingId: number): Promise<null | { booking: BookingRecord; committed: number }> => {
  const [row] = await query<Record<string, unknown>>(req, sql`SELECT * FROM bookings WHERE id = ${bookingId} FOR UPDATE`)
  if (!row) return null
  const [sums] = await query<{ committed: string }>(
    req,
    sql`SELECT (SELECT coalesce(sum(amount), 0) FROM booking_payments
                 WHERE booking_id = ${bookingId} AND kind = 'REFUND' AND status IN ${inList(COMMITTED_REFUND_STATUSES)})
             + (SELECT coalesce(sum(amount), 0) FROM ticketing_refund_requests WHERE booking_id = ${bookingId} AND state = 'requested')
             AS committed`,
  )
  return { booking: toBookingRecord(row), committed: Number(sums.committed) }
}

/** The request made earlier with this Idempotency-Key (within 24 hours), if any. */
export const findRefundRequestByKey = async (req: Req, keyHash: string): Promise<null | RefundRequest> => {
  const [row] = await query<Record<string, unknown>>(req, sql`SELECT * FROM ticketing_refund_requests WHERE key_hash = ${keyHash}`)
  if (!row) return null
  if (new Date(row.created_at as string).getTime() > Date.now() - 86_400_000) return toRequest(row)
  // Expired: the key is free again (the old request stays, without its key).
  await query(req, sql`UPDATE ticketing_refund_requests SET key_hash = NULL WHERE key_hash = ${keyHash}`)
  return null
}

/** Records a request (its amount reserved until it is settled or fails). */
export const insertRefundRequest = async (
  req: Req,
  request: { id: string; amount: number; bookingId: number; keyHash: null | string; reason: null | string; requestHash: null | string },
): Promise<void> => {
  await query(
    req,
    sql`INSERT INTO ticketing_refund_requests (id, booking_id, amount, reason, key_hash, request_hash)
        VALUES (${request.id}::uuid, ${request.bookingId}, ${request.amount}, ${request.reason}, ${request.keyHash}, ${request.requestHash})`,
  )
}

/** A failed request reserved again for a retry with the same Idempotency-Key. */
export const reopenRefundRequest = async (req: Req, id: string): Promise<void> => {
  await query(req, sql`UPDATE ticketing_refund_requests SET state = 'requested', updated_at = now() WHERE id = ${id}::uuid AND state = 'failed'`)
}

/** Stripe made the refund: the request is settled (its refund now counts through the ledger). */
export const settleRefundRequest = async (req: Req, id: string, refund: { id: string; status: string }): Promise<void> => {
  await query(
    req,
    sql`UPDATE ticketing_refund_requests
        SET state = 'settled', refund_id = ${refund.id}, refund_status = coalesce(refund_status, ${refund.status}), updated_at = now()
        WHERE id = ${id}::uuid`,
  )
}

/** Stripe refused or could not be reached: the reservation is released. */
export const failRefundRequest = async (req: Req, id: string): Promise<void> => {
  await query(req, sql`UPDATE ticketing_refund_requests SET state = 'failed', updated_at = now() WHERE id = ${id}::uuid AND state = 'requested'`)
}

/** Requests still waiting after 10 minutes: their app process stopped between reserving and recording. */
export const findStaleRefundRequests = async (req: Req) =>
  query<{ id: string; payment_intent_id: null | string }>(
    req,
    sql`SELECT r.id, b.payment_intent_id FROM ticketing_refund_requests r JOIN bookings b ON b.id = r.booking_id
        WHERE r.state = 'requested' AND r.updated_at < now() - interval '10 minutes'
        ORDER BY r.updated_at LIMIT 100`,
  )
