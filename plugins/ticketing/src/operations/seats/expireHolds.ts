import type { PayloadRequest } from 'payload'

import { endHold } from '../../db/seats/endHold'
import { findDueHolds } from '../../db/seats/findDueHolds'
import { purgeExpiredGuards } from '../../db/guards/purgeExpiredGuards'
import { withTransaction } from '../../db/core/withTransaction'
import { ProviderObjectMissingError } from '../../payments/providerUnavailable'
import type { PaymentGateway } from '../../payments/types'
import { closeEndedHoldIntents } from './closeEndedHoldIntents'
import { emitBookingEvent } from '../hostHooks/emitBookingEvent'
import { issueLateRefund } from '../payments/issueLateRefund'
import { settlePaymentIntent } from '../payments/settlePaymentIntent'

const BATCH = 500

export type ExpireHoldsResult = { expired: number; kept: number }

/**
 * The expiry job: ends every PENDING hold whose time is up and gives its seats back. It asks
 * Stripe first: a hold whose PaymentIntent succeeded is confirmed instead, one that is
 * processing is kept for the webhook, so a buyer paying at minute 14 never loses the seat. Safe to run late, twice
 * or alongside visitors: each hold is ended by exactly one conditional UPDATE. Then the
 * PaymentIntent of every hold that ended, whoever ended it, is closed (closeEndedHoldIntents).
 */
export const expireHolds = async ({ gateway, req }: { gateway?: PaymentGateway | null; req: PayloadRequest }): Promise<ExpireHoldsResult> => {
  const due = await findDueHolds(req, BATCH)
  let expired = 0
  let kept = 0
  for (const booking of due) {
    if (booking.payment_intent_id && gateway) {
      const intent = await gateway.retrievePaymentIntent(booking.payment_intent_id).catch((error: unknown) => {
        if (error instanceof ProviderObjectMissingError) return null
        // Stripe unreachable: whether it was paid is unknown, so this hold is kept for the next
        // run; the other holds are still expired.
        req.payload.logger.warn({ bookingId: booking.id, err: String(error) }, 'ticketing: Stripe did not answer; the hold is checked again on the next run')
        return 'unknown' as const
      })
      if (intent === 'unknown') {
        kept++
        continue
      }
      if (intent && (intent.status === 'succeeded' || intent.status === 'processing')) {
        // Paid (webhook not there yet) → confirmed now; processing → kept for the webhook.
        const owed = await withTransaction(req, () => settlePaymentIntent(req, intent))
        if (owed) await issueLateRefund(gateway, owed)
        kept++
        continue
      }
    }
    if (!(await endHold(req, booking.id, 'EXPIRED'))) continue
    expired++
    await emitBookingEvent(req, 'afterBookingExpired', booking.id, {})
    if (booking.payment_intent_id && gateway) {
      await gateway.cancelPaymentIntent(booking.payment_intent_id).catch((error: unknown) =>
        req.payload.logger.warn({ bookingId: booking.id, err: String(error) }, 'ticketing: could not cancel the PaymentIntent of an expired hold'),
      )
    }
  }
  // Holds ended by visitors' bookings, by cancels, or above when Stripe did not answer.
  if (gateway) {
    await closeEndedHoldIntents({ gateway, req }).catch((error: unknown) =>
      req.payload.logger.warn({ err: String(error) }, 'ticketing: ended holds\' PaymentIntents are closed on the next run'),
    )
  }
  await purgeExpiredGuards(req)
  return { expired, kept }
}
