import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'
import type Stripe from 'stripe'

import { query } from '../db/query'
import { withTransaction } from '../db/withTransaction'
import { toPaymentAction } from '../payments/stripe/toPaymentAction'
import type { PaymentGateway } from '../payments/types'
import { issueLateRefund } from './issueLateRefund'
import type { LateRefund } from './settleSucceededPayment'
import { settleDispute } from './settleDispute'
import { settlePaymentIntent } from './settlePaymentIntent'
import { syncRefunds } from './syncRefunds'

export type WebhookOutcome = 'duplicate' | 'ignored' | 'processed'

type Apply = (req: PayloadRequest) => Promise<LateRefund | null>

/** Re-reads the object behind the event from the provider (outside any transaction). */
const prepare = async (gateway: PaymentGateway, event: Stripe.Event): Promise<Apply | null> => {
  const action = toPaymentAction(event)
  switch (action.type) {
    case 'payment': {
      const intent = await gateway.retrievePaymentIntent(action.paymentIntentId)
      return (req) => settlePaymentIntent(req, intent, event.id)
    }
    case 'refund': {
      const refunds = await gateway.listRefunds(action.paymentIntentId)
      return (req) => syncRefunds(req, action.paymentIntentId, refunds, event.id).then(() => null)
    }
    case 'dispute': {
      const dispute = await gateway.retrieveDispute(action.disputeId)
      return (req) => settleDispute(req, dispute, event.id).then(() => null)
    }
    default:
      return null
  }
}

/**
 * Processes one verified Stripe event exactly once. The event row (unique event id) is
 * locked in the same transaction as the booking changes, so concurrent duplicates wait and
 * then see PROCESSED. A failure marks it FAILED and rethrows, so Stripe delivers it again.
 */
export const handleStripeEvent = async ({ event, gateway, req }: { event: Stripe.Event; gateway: PaymentGateway; req: PayloadRequest }): Promise<WebhookOutcome> => {
  const ignored = toPaymentAction(event).type === 'ignored'
  const [row] = await query<{ inserted: boolean; outcome: string }>(
    req,
    sql`INSERT INTO stripe_events (event_id, type, received_at, processed_at, outcome, attempts)
        VALUES (${event.id}, ${event.type}, now(), ${ignored ? sql`now()` : sql`NULL`}, ${ignored ? 'IGNORED' : 'PROCESSING'}::enum_stripe_events_outcome, 1)
        ON CONFLICT (event_id) DO UPDATE SET attempts = stripe_events.attempts + 1, updated_at = now()
        RETURNING outcome, (xmax = 0) AS inserted`,
  )
  if (ignored) return 'ignored'
  if (row.outcome === 'PROCESSED') return 'duplicate'
  try {
    const apply = await prepare(gateway, event)
    const result = await withTransaction(req, async () => {
      const [locked] = await query<{ outcome: string }>(req, sql`SELECT outcome FROM stripe_events WHERE event_id = ${event.id} FOR UPDATE`)
      if (locked?.outcome === 'PROCESSED') return 'duplicate' as const
      const late = apply ? await apply(req) : null
      await query(req, sql`UPDATE stripe_events SET outcome = 'PROCESSED', processed_at = now(), error = NULL, updated_at = now() WHERE event_id = ${event.id}`)
      return late
    })
    if (result === 'duplicate') return 'duplicate'
    if (result) await issueLateRefund(gateway, result)
    return 'processed'
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    await query(req, sql`UPDATE stripe_events SET outcome = 'FAILED', error = ${message.slice(0, 2000)}, updated_at = now() WHERE event_id = ${event.id}`).catch(() => {})
    throw error
  }
}
