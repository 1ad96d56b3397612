import type { PayloadRequest } from 'payload'

import { findBookingById } from '../../db/bookings/findBookingById'
import { withTransaction } from '../../db/core/withTransaction'
import type { BookingRecord } from '../../db/bookings/findBookingByReference'
import { paysForBooking } from '../../domain/paysForBooking'
import { isTransientProviderError, ProviderObjectMissingError, refusedByProvider } from '../../payments/providerUnavailable'
import type { PaymentGateway, PaymentIntentState } from '../../payments/types'
import { issueLateRefund } from './issueLateRefund'
import { reconcileDisputes } from './reconcileDisputes'
import { settlePaymentIntent } from './settlePaymentIntent'
import { settleStaleRefundRequests } from '../refunds/settleStaleRefundRequests'
import { syncRefunds } from '../refunds/syncRefunds'

const WINDOW_SECONDS = 48 * 3600

type Repair = { paymentIntentId: string; reference: string; was: string }

const needsSettling = (intent: PaymentIntentState, row: BookingRecord) =>
  (intent.status === 'succeeded' &&
    (!['DISPUTED', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'].includes(row.paymentStatus) ||
      (['CANCELLED', 'EXPIRED'].includes(row.status) && row.paymentStatus === 'PAID' && row.amountRefunded === 0))) ||
  (intent.status === 'processing' && ['FAILED', 'PENDING'].includes(row.paymentStatus))

/**
 * Refunds made at Stripe whose webhooks were lost (the automatic refund of a late payment
 * included: its webhooks may never come either), written to the ledger. Whether it wrote any.
 * A payment disputed after its refund (the dispute's webhook came, the refund's was lost) is
 * synced too: the refund still happened, and its credit note is still owed.
 */
const syncLostRefunds = async (gateway: PaymentGateway, req: PayloadRequest, intent: PaymentIntentState, booking: BookingRecord | null) => {
  if (!booking || !['DISPUTED', 'PAID', 'PARTIALLY_REFUNDED'].includes(booking.paymentStatus)) return false
  const refunds = await gateway.listRefunds(intent.id)
  const refunded = refunds.filter((r) => r.status === 'succeeded').reduce((sum, r) => sum + r.amount, 0)
  if (refunded <= booking.amountRefunded) return false
  await withTransaction(req, () => syncRefunds(req, intent.id, refunds))
  return true
}

/**
 * One PaymentIntent against its booking: applies what a lost webhook left behind through the
 * same idempotent operations as the webhooks, and says what it repaired.
 */
const repairPayment = async (gateway: PaymentGateway, req: PayloadRequest, intent: PaymentIntentState): Promise<null | Repair> => {
  const bookingId = Number(intent.metadata.bookingId)
  if (!Number.isSafeInteger(bookingId)) return null
  const row = await findBookingById(req, bookingId)
  // Another system's payment that carries a bookingId is none of ours (domain/paysForBooking).
  if (!row || !paysForBooking(row, intent)) return null
  const settling = needsSettling(intent, row)
  if (settling) {
    const late = await withTransaction(req, () => settlePaymentIntent(req, intent))
    if (late) await issueLateRefund(gateway, late)
  }
  const synced = intent.status === 'succeeded' && (await syncLostRefunds(gateway, req, intent, settling ? await findBookingById(req, bookingId) : row))
  return settling || synced ? { paymentIntentId: intent.id, reference: row.reference, was: `${row.status}/${row.paymentStatus}` } : null
}

/**
 * Compares the PaymentIntents of the last 48 hours with their bookings and repairs what a
 * lost webhook left behind: payments not applied, late payments not refunded, refunds not
 * recorded, disputes opened or closed unseen, staff refund requests left waiting by a stopped
 * process. A payment Stripe will not let us repair now (the refund of a late payment whose
 * charge was disputed meanwhile, say) is reported and tried again on the next run; it does not
 * stop the others. Stripe unreachable stops the run (the job retries, an admin gets 503).
 */
export const reconcilePayments = async ({ gateway, req }: { gateway: PaymentGateway; req: PayloadRequest }) => {
  const intents = await gateway.listRecentPaymentIntents(Math.floor(Date.now() / 1000) - WINDOW_SECONDS)
  const repaired: Repair[] = []
  const unrepaired: { paymentIntentId: string; reason: string }[] = []
  for (const intent of intents) {
    try {
      const repair = await repairPayment(gateway, req, intent)
      if (repair) repaired.push(repair)
    } catch (error) {
      if (isTransientProviderError(error)) throw error
      const reason = error instanceof Error ? error.message : String(error)
      // Stripe refusing a request is expected now and then; anything else is a fault of ours.
      const refused = refusedByProvider(error) || error instanceof ProviderObjectMissingError
      req.payload.logger[refused ? 'warn' : 'error']({ err: reason, paymentIntentId: intent.id }, 'ticketing: could not repair a payment; reconciliation tries again next time')
      unrepaired.push({ paymentIntentId: intent.id, reason })
    }
  }
  await settleStaleRefundRequests({ gateway, req })
  for (const dispute of await reconcileDisputes({ gateway, req, since: Math.floor(Date.now() / 1000) - WINDOW_SECONDS })) {
    repaired.push({ paymentIntentId: dispute.paymentIntentId ?? '', reference: '', was: `dispute ${dispute.id} ${dispute.status}` })
  }
  return { checked: intents.length, repaired, unrepaired }
}
