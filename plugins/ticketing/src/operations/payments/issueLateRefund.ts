import type { PaymentGateway } from '../../payments/types'
import type { LateRefund } from './settleSucceededPayment'

/**
 * The automatic full refund of a payment that arrived after its seats were gone, or that
 * did not match its booking. Called after the transaction that recorded it; the idempotency
 * key (derived from the PaymentIntent) makes every retry (webhook redelivery,
 * reconciliation) the same single refund.
 */
export const issueLateRefund = async (gateway: PaymentGateway, late: LateRefund) =>
  gateway.createRefund({
    amount: late.amount,
    idempotencyKey:
      late.cause === 'mismatch' ? `payment-mismatch:${late.paymentIntentId}` : `booking:${late.bookingId}:late-refund:${late.paymentIntentId}`,
    metadata: { bookingId: String(late.bookingId), reason: late.cause === 'mismatch' ? 'payment_does_not_match_booking' : 'payment_after_hold_expired' },
    paymentIntentId: late.paymentIntentId,
    reason: 'requested_by_customer',
  })
