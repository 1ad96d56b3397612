import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { ledgerStatusesAhead } from '../../domain/ledgerStatusRank'
import { inList } from '../core/inList'
import { query } from '../core/query'

export type LedgerEntry = {
  amount: number
  bookingId: number
  currency: string
  failureCode?: null | string
  failureMessage?: null | string
  kind: 'DISPUTE' | 'PAYMENT' | 'REFUND'
  status: string
  stripeEventId?: null | string
  stripeObjectId: string
}

/**
 * Records a payment, refund or dispute in the append-only ledger, once per Stripe object
 * (unique stripe_object_id). A later state of the same object replaces the row's status only
 * when it is a move forward (domain/ledgerStatusRank): the guard is in the upsert itself, so
 * a state read from Stripe before another handler wrote a newer one never takes it back.
 */
export const recordLedgerEntry = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, entry: LedgerEntry): Promise<void> => {
  const ahead = ledgerStatusesAhead(entry.kind, entry.status)
  await query(
    req,
    sql`INSERT INTO booking_payments (booking_id, kind, stripe_object_id, amount, currency, status, failure_code, failure_message, stripe_event_id, occurred_at)
        VALUES (${entry.bookingId}, ${entry.kind}::enum_booking_payments_kind, ${entry.stripeObjectId}, ${entry.amount}, ${entry.currency},
                ${entry.status}, ${entry.failureCode ?? null}, ${entry.failureMessage ?? null}, ${entry.stripeEventId ?? null}, now())
        ON CONFLICT (stripe_object_id) DO UPDATE SET
          status = EXCLUDED.status, amount = EXCLUDED.amount, failure_code = EXCLUDED.failure_code,
          failure_message = EXCLUDED.failure_message, stripe_event_id = coalesce(EXCLUDED.stripe_event_id, booking_payments.stripe_event_id),
          updated_at = now()
        WHERE ${ahead.length ? sql`booking_payments.status NOT IN ${inList(ahead)}` : sql`true`}`,
  )
}
