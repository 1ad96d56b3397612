import type { PayloadRequest } from 'payload'

import { lockWebhookEvent, markWebhookEventFailed, markWebhookEventProcessed, recordWebhookEvent } from '../db/webhookEvents'
import { withTransaction } from '../db/withTransaction'
import type { PaymentAction, PaymentGateway, PaymentWebhookEvent } from '../payments/types'
import { issueLateRefund } from './issueLateRefund'
import type { LateRefund } from './settleSucceededPayment'
import { settleDispute } from './settleDispute'
import { settlePaymentIntent } from './settlePaymentIntent'
import { syncRefunds } from './syncRefunds'

export type WebhookOutcome = 'duplicate' | 'ignored' | 'processed'

type Apply = (req: PayloadRequest) => Promise<LateRefund | null>

/** Re-reads the object behind the action from the provider (outside any transaction). */
const prepare = async (gateway: PaymentGateway, action: PaymentAction, eventId: string): Promise<Apply | null> => {
  switch (action.type) {
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
 * Processes one verified provider event exactly once. The event row (unique event id) is
 * locked in the same transaction as the booking changes, so concurrent duplicates wait and
 * then see PROCESSED. A failure marks it FAILED and rethrows, so the provider delivers it again.
 */
export const handleWebhookEvent = async ({ event, gateway, req }: { event: PaymentWebhookEvent; gateway: PaymentGateway; req: PayloadRequest }): Promise<WebhookOutcome> => {
  const ignored = event.action.type === 'ignored'
  const outcome = await recordWebhookEvent(req, event, ignored)
  if (ignored) return 'ignored'
  if (outcome === 'PROCESSED') return 'duplicate'
  try {
    const apply = await prepare(gateway, event.action, event.id)
    const result = await withTransaction(req, async () => {
      if ((await lockWebhookEvent(req, event.id)) === 'PROCESSED') return 'duplicate' as const
      const late = apply ? await apply(req) : null
      await markWebhookEventProcessed(req, event.id)
      return late
    })
    if (result === 'duplicate') return 'duplicate'
    if (result) await issueLateRefund(gateway, result)
    return 'processed'
  } catch (error) {
    await markWebhookEventFailed(req, event.id, error instanceof Error ? error.message : String(error)).catch(() => {})
    throw error
  }
}
