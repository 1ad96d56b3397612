import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

export type EmailActivity = { attempts: number; createdAt: string; kind: string; lastError: null | string; sentAt: null | string; status: string }
export type LedgerActivity = { amount: number; at: string; currency: string; failureMessage: null | string; kind: string; status: string; stripeObjectId: string }

/** A booking's emails and ledger entries, oldest first, for its admin page. */
export const findBookingActivity = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, bookingId: number) => {
  const emails = await query<Record<string, unknown>>(
    req,
    sql`SELECT kind, status, attempts, last_error, sent_at, created_at FROM booking_emails WHERE booking_id = ${bookingId} ORDER BY created_at, id`,
  )
  const ledger = await query<Record<string, unknown>>(
    req,
    sql`SELECT kind, stripe_object_id, amount, currency, status, failure_message, COALESCE(occurred_at, created_at) AS at
        FROM booking_payments WHERE booking_id = ${bookingId} ORDER BY COALESCE(occurred_at, created_at), id`,
  )
  const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)
  return {
    emails: emails.map<EmailActivity>((r) => ({
      attempts: Number(r.attempts ?? 0),
      createdAt: iso(r.created_at)!,
      kind: String(r.kind),
      lastError: (r.last_error as null | string) ?? null,
      sentAt: iso(r.sent_at),
      status: String(r.status),
    })),
    ledger: ledger.map<LedgerActivity>((r) => ({
      amount: Number(r.amount),
      at: iso(r.at)!,
      currency: String(r.currency),
      failureMessage: (r.failure_message as null | string) ?? null,
      kind: String(r.kind),
      status: String(r.status),
      stripeObjectId: String(r.stripe_object_id),
    })),
  }
}
