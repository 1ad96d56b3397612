import type { PayloadRequest } from 'payload'

import { findBookingById } from '../db/findBookingById'
import { withTransaction } from '../db/withTransaction'
import type { BookingRecord } from '../db/findBookingByReference'
import type { PaymentGateway, PaymentIntentState } from '../payments/types'
import { issueLateRefund } from './issueLateRefund'
import { reconcileDisputes } from './reconcileDisputes'
import { settlePaymentIntent } from './settlePaymentIntent'
import { settleStaleRefundRequests } from './settleStaleRefundRequests'
import { syncRefunds } from './syncRefunds'

const WINDOW_SECONDS = 48 * 3600

type Repair = { paymentIntentId: string; reference: string; was: string }

const needsSettling = (intent: PaymentIntentState, row: BookingRecord) =>
  (intent.status === 'succeeded' &&
    (!['DISPUTED', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'].includes(row.paymentStatus) ||
      (['CANCELLED', 'EXPIRED'].includes(row.status) && row.paymentStatus === 'PAID' && row.amountRefunded === 0))) ||
  (intent.status === 'processing' && ['FAILED', 'PENDING'].includes(row.paymentStatus))

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
    const row = await findBookingById(req, bookingId)
    if (!row) continue
    const was = `${row.status}/${row.paymentStatus}`
    const settling = needsSettling(intent, row)
    if (settling) {
      const late = await withTransaction(req, () => settlePaymentIntent(req, intent))
      if (late) await issueLateRefund(gateway, late)
      repaired.push({ paymentIntentId: intent.id, reference: row.reference, was })
    }
    if (intent.status !== 'succeeded') continue
    // Refunds made at Stripe whose webhooks were lost, the automatic refund of a late payment
    // just issued above included (its webhooks may never come either).
    const current = settling ? await findBookingById(req, bookingId) : row
    if (!current || !['PAID', 'PARTIALLY_REFUNDED'].includes(current.paymentStatus)) continue
    const refunds = await gateway.listRefunds(intent.id)
    const refunded = refunds.filter((r) => r.status === 'succeeded').reduce((sum, r) => sum + r.amount, 0)
    if (refunded > current.amountRefunded) {
      await withTransaction(req, () => syncRefunds(req, intent.id, refunds))
      if (!settling) repaired.push({ paymentIntentId: intent.id, reference: row.reference, was })
    }
  }
  await settleStaleRefundRequests({ gateway, req })
  for (const dispute of await reconcileDisputes({ gateway, req, since: Math.floor(Date.now() / 1000) - WINDOW_SECONDS })) {
    repaired.push({ paymentIntentId: dispute.paymentIntentId ?? '', reference: '', was: `dispute ${dispute.id} ${dispute.status}` })
  }
  return { checked: intents.length, repaired }
}
