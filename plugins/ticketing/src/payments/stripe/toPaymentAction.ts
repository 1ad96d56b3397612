import type Stripe from 'stripe'

import type { PaymentAction } from '../types'

const idOf = (value: unknown): null | string =>
  typeof value === 'string' ? value : value && typeof value === 'object' && 'id' in value ? String((value as { id: string }).id) : null

/**
 * Maps a Stripe event to the small action union the booking flow understands. Only ids are
 * taken from the event: handlers re-read the objects from Stripe, so the order and age of
 * events never matter.
 */
export const toPaymentAction = (event: Pick<Stripe.Event, 'data' | 'type'>): PaymentAction => {
  const object = event.data.object as unknown as Record<string, unknown>
  switch (event.type) {
    case 'payment_intent.succeeded':
    case 'payment_intent.processing':
    case 'payment_intent.payment_failed':
    case 'payment_intent.canceled':
      return { paymentIntentId: String(object.id), type: 'payment' }
    case 'charge.refunded':
    case 'refund.created':
    case 'refund.updated':
    case 'refund.failed': {
      const paymentIntentId = idOf(object.payment_intent)
      return paymentIntentId ? { paymentIntentId, type: 'refund' } : { type: 'ignored' }
    }
    case 'charge.dispute.created':
    case 'charge.dispute.closed':
      return { disputeId: String(object.id), paymentIntentId: idOf(object.payment_intent), type: 'dispute' }
    default:
      return { type: 'ignored' }
  }
}
