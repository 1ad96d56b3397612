import type { PayloadRequest } from 'payload'

import { failRefundRequest, findStaleRefundRequests } from '../../db/refunds/refundRequests'
import { withTransaction } from '../../db/core/withTransaction'
import type { PaymentGateway } from '../../payments/types'
import { syncRefunds } from './syncRefunds'

/**
 * Refund requests left waiting by an app process that stopped between reserving the amount
 * and recording Stripe's answer: the refund Stripe made for one (found by its
 * `refundRequestId`) is recorded and settles it; a request Stripe never saw is marked failed,
 * so its amount can be refunded again. Returns how many were resolved.
 */
export const settleStaleRefundRequests = async ({ gateway, req }: { gateway: PaymentGateway; req: PayloadRequest }): Promise<number> => {
  const stale = await findStaleRefundRequests(req)
  const byIntent = new Map<string, string[]>()
  for (const request of stale) {
    if (request.payment_intent_id) byIntent.set(request.payment_intent_id, [...(byIntent.get(request.payment_intent_id) ?? []), request.id])
    else await failRefundRequest(req, request.id)
  }
  for (const [paymentIntentId, ids] of byIntent) {
    try {
      const refunds = await gateway.listRefunds(paymentIntentId)
      const made = new Set(refunds.map((refund) => refund.requestId))
      await withTransaction(req, async () => {
        await syncRefunds(req, paymentIntentId, refunds)
        for (const id of ids) if (!made.has(id)) await failRefundRequest(req, id)
      })
    } catch (error) {
      // One payment Stripe cannot answer for now never stops the others: it is tried next run.
      req.payload.logger.warn({ err: String(error), paymentIntentId }, 'ticketing: a waiting refund request is settled on the next reconciliation')
    }
  }
  return stale.length
}
