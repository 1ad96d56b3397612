import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/** Records a queued email in the caller's transaction (it exists only if that change commits). */
export const insertEmailLog = async (req: Req, bookingId: number, kind: string): Promise<number> => {
  const [row] = await query<{ id: number }>(
    req,
    sql`INSERT INTO booking_emails (booking_id, kind, status, attempts) VALUES (${bookingId}, ${kind}, 'QUEUED', 0) RETURNING id`,
  )
  return Number(row!.id)
}

export type EmailOutcome = { error?: string; status: 'FAILED' | 'SENT' | 'SKIPPED' }

/**
 * Records one sending attempt, outside any transaction (a failed attempt is kept even though
 * the job that made it throws so that it is retried). A SENT email never goes back.
 */
export const recordEmailAttempt = async (payload: PayloadRequest['payload'], logId: number, outcome: EmailOutcome): Promise<void> => {
  await query(
    { payload, transactionID: undefined },
    sql`UPDATE booking_emails
        SET status = ${outcome.status},
            attempts = COALESCE(attempts, 0) + 1,
            last_error = ${outcome.error ?? null},
            sent_at = CASE WHEN ${outcome.status} = 'SENT' THEN now() ELSE sent_at END,
            updated_at = now()
        WHERE id = ${logId} AND status <> 'SENT'`,
  )
}

/** Whether the email was already sent: a job run again (retried after a crash, queued twice) sends nothing. */
export const emailAlreadySent = async (payload: PayloadRequest['payload'], logId: number): Promise<boolean> => {
  const rows = await query({ payload, transactionID: undefined }, sql`SELECT 1 FROM booking_emails WHERE id = ${logId} AND status = 'SENT'`)
  return rows.length > 0
}
