import type { PayloadRequest } from 'payload'

import { type ClaimedWebhookEvent, lockWebhookEvent, markWebhookEventFailed, markWebhookEventProcessed } from '../../db/webhooks/webhookEvents'
import { withTransaction } from '../../db/core/withTransaction'
import { webhookRetryDelaySeconds } from '../../domain/webhookRetry'
import type { PaymentAction, PaymentGateway } from '../../payments/types'
import { issueLateRefund } from '../payments/issueLateRefund'
import type { LateRefund } from '../payments/settleSucceededPayment'
import { settleDispute } from '../payments/settleDispute'
import { settlePaymentIntent } from '../payments/settlePaymentIntent'
import { syncRefunds } from '../refunds/syncRefunds'

export type WebhookOutcome = 'duplicate' | 'failed' | 'processed'

type Apply = (req: PayloadRequest) => Promise<LateRefund | null>

/** Re-reads the object behind the action from the provider (outside any transaction). */
const prepare = async (gateway: PaymentGateway, action: null | PaymentAction, eventId: string): Promise<Apply | null> => {
  switch (action?.type) {
    case 'payment': {
      const intent = await gateway.retrievePaymentIntent(action.paymentIntentId)
      return (req) => settlePaymentIntent(req, intent, eventId)
    }
    case 'refund': {
      const refunds = await gateway.listRefunds(action.paymentIntentId)
      return (req) => syncRefunds(req, action.paymentIntentId, refunds, eventId).then(() => null)
    }
    case 'dispute': {
      const dispute = await gateway.retrieveDispute(action.disputeId)
      return (req) => settleDispute(req, dispute, eventId).then(() => null)
    }
    default:
      return null
  }
}

/**
 * Processes one stored provider event that the worker claimed, exactly once: the provider's
 * current state is read first (outside any transaction), then the event row is locked in the
 * same transaction as the booking changes, so a second worker on the same event waits and then
 * sees PROCESSED. A failure (provider down, database error, the late refund refused) marks it
 * FAILED with its error and a retry time (webhookRetryDelaySeconds), or for good after the last
 * attempt; it never throws.
 */
export const handleWebhookEvent = async ({ event, gateway, req }: { event: ClaimedWebhookEvent; gateway: PaymentGateway; req: PayloadRequest }): Promise<WebhookOutcome> => {
  try {
    const apply = await prepare(gateway, event.action, event.eventId)
    const result = await withTransaction(req, async () => {
      const outcome = await lockWebhookEvent(req, event.eventId)
      if (outcome === null || outcome === 'PROCESSED' || outcome === 'IGNORED') return 'duplicate' as const
      await markWebhookEventProcessed(req, event.eventId)
      return apply ? apply(req) : null
    })
    if (result === 'duplicate') return 'duplicate'
    // Owed after the commit; if the provider refuses it now, the event is retried (the refund's idempotency key keeps it single).
    if (result) await issueLateRefund(gateway, result)
    return 'processed'
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const retryIn = webhookRetryDelaySeconds(event.attempts)
    req.payload.logger.warn({ attempts: event.attempts, err: message, eventId: event.eventId, retryInSeconds: retryIn }, 'ticketing: a webhook event failed')
    await markWebhookEventFailed(req, event, message, retryIn).catch((failure: unknown) =>
      req.payload.logger.error({ err: failure instanceof Error ? failure.message : String(failure), eventId: event.eventId }, 'ticketing: could not record a webhook failure (its lease will expire)'),
    )
    return 'failed'
  }
}
