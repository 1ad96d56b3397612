import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../db/query'
import { withTransaction } from '../db/withTransaction'
import type { PaymentGateway, PaymentIntentState } from '../payments/types'
import { issueLateRefund } from './issueLateRefund'
import { reconcileDisputes } from './reconcileDisputes'
import { settlePaymentIntent } from './settlePaymentIntent'
import { settleStaleRefundRequests } from './settleStaleRefundRequests'
import { syncRefunds } from './syncRefunds'

const WINDOW_SECONDS = 48 * 3600

type Repair = { paymentIntentId: string; reference: string; was: string }
type Row = { amount_refunded: string; id: number; payment_status: string; reference: string; status: string }

const needsSettling = (intent: PaymentIntentState, row: Row) =>
  (intent.status === 'succeeded' &&
    (!['DISPUTED', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'].includes(row.payment_status) ||
      (['CANCELLED', 'EXPIRED'].includes(row.status) && row.payment_status === 'PAID' && Number(row.amount_refunded) === 0))) ||
  (intent.status === 'processing' && ['FAILED', 'PENDING'].includes(row.payment_status))

/**
 * Compares the PaymentIntents of the last 48 hours with their bookings and repairs what a
 * lost webhook left behind: payments not applied, late payments not refunded, refunds not
 * recorded, disputes opened or closed unseen, staff refund requests left waiting by a stopped process. Every repair goes
 * through the same idempotent operations as the webhooks.
 */
export const reconcilePayments = async ({ gateway, req }: { gateway: PaymentGateway; req: PayloadRequest }) => {
  const intents = await gateway.listRecentPaymentIntents(Math.floor(Date.now() / 1000) - WINDOW_SECONDS)
  const repaired: Repair[] = []
  for (const intent of intents) {
    const bookingId = Number(intent.metadata.bookingId)
    if (!Number.isSafeInteger(bookingId)) continue
    const [row] = await query<Row>(req, sql`SELECT id, reference, status, payment_status, amount_refunded FROM bookings WHERE id = ${bookingId}`)
    if (!row) continue
    const was = `${row.status}/${row.payment_status}`
    if (needsSettling(intent, row)) {
      const late = await withTransaction(req, () => settlePaymentIntent(req, intent))
      if (late) await issueLateRefund(gateway, late)
      repaired.push({ paymentIntentId: intent.id, reference: row.reference, was })
    } else if (intent.status === 'succeeded' && ['PAID', 'PARTIALLY_REFUNDED'].includes(row.payment_status)) {
      const refunds = await gateway.listRefunds(intent.id)
      const refunded = refunds.filter((r) => r.status === 'succeeded').reduce((sum, r) => sum + r.amount, 0)
      if (refunded > Number(row.amount_refunded)) {
        await withTransaction(req, () => syncRefunds(req, intent.id, refunds))
        repaired.push({ paymentIntentId: intent.id, reference: row.reference, was })
      }
    }
  }
  await settleStaleRefundRequests({ gateway, req })
  for (const dispute of await reconcileDisputes({ gateway, req, since: Math.floor(Date.now() / 1000) - WINDOW_SECONDS })) {
    repaired.push({ paymentIntentId: dispute.paymentIntentId ?? '', reference: '', was: `dispute ${dispute.id} ${dispute.status}` })
  }
  return { checked: intents.length, repaired }
}
