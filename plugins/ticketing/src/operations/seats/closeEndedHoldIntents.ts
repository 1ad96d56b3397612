import type { PayloadRequest } from 'payload'

import { findEndedHoldsWithOpenIntent } from '../../db/seats/findEndedHoldsWithOpenIntent'
import { withTransaction } from '../../db/core/withTransaction'
import type { PaymentGateway, PaymentIntentState } from '../../payments/types'
import { issueLateRefund } from '../payments/issueLateRefund'
import { settlePaymentIntent } from '../payments/settlePaymentIntent'

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Applies a PaymentIntent's state to its ended booking (ledger; a late success confirms or is refunded). */
const settle = async (req: PayloadRequest, gateway: PaymentGateway, intent: PaymentIntentState) => {
  const late = await withTransaction(req, () => settlePaymentIntent(req, intent))
  if (late) await issueLateRefund(gateway, late)
}

/**
 * Closes at the provider the PaymentIntent of every hold that ended, whoever ended it (run by
 * the expiry job, every minute): an open one is cancelled, a succeeded one settles the booking
 * (confirmed when its seats are free again, otherwise refunded in full), a processing one is
 * left to its webhook. Each outcome is written to the ledger, so a closed PaymentIntent is
 * never looked at again. Returns how many were closed.
 */
export const closeEndedHoldIntents = async ({ gateway, req }: { gateway: PaymentGateway; req: PayloadRequest }): Promise<number> => {
  let closed = 0
  for (const booking of await findEndedHoldsWithOpenIntent(req)) {
    try {
      const intent = await gateway.retrievePaymentIntent(booking.payment_intent_id)
      if (intent.status === 'processing') continue
      if (intent.status !== 'succeeded' && intent.status !== 'canceled') {
        await gateway.cancelPaymentIntent(intent.id)
        await settle(req, gateway, { ...intent, lastPaymentError: null, status: 'canceled' })
      } else {
        await settle(req, gateway, intent)
      }
      closed++
    } catch (error) {
      // Tried again on the next run (a payment that succeeds meanwhile is settled then).
      req.payload.logger.warn({ bookingId: booking.id, err: errorText(error) }, 'ticketing: could not close the PaymentIntent of an ended hold')
    }
  }
  return closed
}
