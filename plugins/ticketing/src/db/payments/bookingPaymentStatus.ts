import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { paymentStatusesBefore } from '../../domain/paymentStatusesBefore'
import { inList } from '../core/inList'
import { query } from '../core/query'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/**
 * Moves a booking's payment status forward to `to`, only from a status before it
 * (domain/paymentStatusesBefore), so a late or repeated event never takes it back. True when
 * this call moved it.
 */
export const advancePaymentStatus = async (req: Req, bookingId: number, to: 'DISPUTED' | 'FAILED' | 'PROCESSING'): Promise<boolean> => {
  const rows = await query(
    req,
    sql`UPDATE bookings SET payment_status = ${to}::enum_bookings_payment_status, updated_at = now()
        WHERE id = ${bookingId} AND payment_status IN ${inList(paymentStatusesBefore(to))} RETURNING id`,
  )
  return rows.length > 0
}

/** A won dispute: DISPUTED goes back to PAID, or PARTIALLY_REFUNDED when part was refunded. True when this call did it. */
export const endWonDispute = async (req: Req, bookingId: number): Promise<boolean> => {
  const rows = await query(
    req,
    sql`UPDATE bookings SET updated_at = now(),
          payment_status = CASE WHEN amount_refunded > 0 THEN 'PARTIALLY_REFUNDED'::enum_bookings_payment_status ELSE 'PAID'::enum_bookings_payment_status END
        WHERE id = ${bookingId} AND payment_status = 'DISPUTED' RETURNING id`,
  )
  return rows.length > 0
}

/** A payment that arrived after its hold ended and found no seat: PAID, the booking stays ended (refunded in full next). */
export const markLatePaymentPaid = async (req: Req, bookingId: number): Promise<void> => {
  await query(req, sql`UPDATE bookings SET payment_status = 'PAID', updated_at = now() WHERE id = ${bookingId}`)
}

/** The booking is paid and its seats are confirmed: CONFIRMED / PAID, confirmed now. */
export const confirmPaidBooking = async (req: Req, bookingId: number): Promise<void> => {
  await query(req, sql`UPDATE bookings SET status = 'CONFIRMED', payment_status = 'PAID', confirmed_at = now(), updated_at = now() WHERE id = ${bookingId}`)
}

/**
 * What the provider's refunds add up to: `amount_refunded`, the payment status and, after a
 * full refund of a confirmed booking, status REFUNDED (its seats are released by the caller).
 */
export const recordRefundedAmount = async (req: Req, bookingId: number, state: { amountRefunded: number; paymentStatus: string; status: string }): Promise<void> => {
  await query(
    req,
    sql`UPDATE bookings SET amount_refunded = ${state.amountRefunded}, updated_at = now(),
          payment_status = ${state.paymentStatus}::enum_bookings_payment_status,
          status = ${state.status}::enum_bookings_status
        WHERE id = ${bookingId}`,
  )
}

/**
 * Stores a new PaymentIntent on its booking unless another request stored a newer one first
 * (the one it replaces, or none, must still be there). True when stored.
 */
export const storePaymentIntent = async (req: Req, booking: { id: number; paymentIntentId: null | string }, intentId: string, customerId: null | string): Promise<boolean> => {
  const rows = await query(
    req,
    sql`UPDATE bookings SET payment_intent_id = ${intentId}, stripe_customer_id = coalesce(${customerId}, stripe_customer_id), updated_at = now()
        WHERE id = ${booking.id} AND (payment_intent_id IS NULL OR payment_intent_id = ${booking.paymentIntentId ?? intentId} OR payment_intent_id = ${intentId})
        RETURNING id`,
  )
  return rows.length > 0
}
