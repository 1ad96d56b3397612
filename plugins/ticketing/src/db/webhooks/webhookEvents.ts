import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { PaymentAction, PaymentWebhookEvent } from '../../payments/types'
import { preparedStatement } from '../core/preparedStatement'
import { query } from '../core/query'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/** A stored event as the worker claimed it; `attempts` counts this claim (and fences what it writes back). */
export type ClaimedWebhookEvent = { action: null | PaymentAction; attempts: number; eventId: string; type: string }

const v = (name: 'action' | 'eventId' | 'ignored' | 'type') => sql`${sql.placeholder(name)}`

/** The delivery's INSERT, a prepared statement (the hot path of a webhook burst). */
const storeStatement = preparedStatement<{ action: string; eventId: string; ignored: boolean; type: string }>(
  'ticketing_store_webhook_event',
  () => sql`INSERT INTO stripe_events (event_id, type, action, received_at, processed_at, outcome, attempts, next_attempt_at)
    VALUES (${v('eventId')}, ${v('type')}, ${v('action')}::jsonb, now(), CASE WHEN ${v('ignored')}::boolean THEN now() END,
            (CASE WHEN ${v('ignored')}::boolean THEN 'IGNORED' ELSE 'PENDING' END)::enum_stripe_events_outcome, 0,
            CASE WHEN ${v('ignored')}::boolean THEN NULL ELSE now() END)
    ON CONFLICT (event_id) DO NOTHING
    RETURNING 1`,
)

/**
 * Stores a verified delivery in `stripe-events` with one INSERT (durable before the provider
 * gets its 200): a new event is PENDING and due now; an ignored type is stored IGNORED; a
 * redelivery inserts nothing (ON CONFLICT DO NOTHING: it never waits for a worker holding the
 * row) and changes nothing, except that a FAILED event (waiting for its retry, or given up) is
 * due again at once. 'stored' when the worker has something to do.
 */
export const storeWebhookEvent = async (req: Req, event: PaymentWebhookEvent): Promise<'duplicate' | 'ignored' | 'stored'> => {
  const ignored = event.action.type === 'ignored'
  const action = JSON.stringify(event.action)
  const inserted = await storeStatement.run(req, { action, eventId: event.id, ignored, type: event.type })
  if (ignored) return 'ignored'
  if (inserted.length) return 'stored'
  // A redelivery (rare): only a FAILED row is touched, and no worker holds one, so this never waits.
  const revived = await query(
    req,
    sql`UPDATE stripe_events SET next_attempt_at = now(), action = coalesce(action, ${action}::jsonb), updated_at = now()
        WHERE event_id = ${event.id} AND outcome = 'FAILED'
        RETURNING 1`,
  )
  return revived.length ? 'stored' : 'duplicate'
}

/**
 * Claims up to `limit` due events (oldest first) for this worker: `FOR UPDATE SKIP LOCKED`, so
 * concurrent workers in any process never take the same one. A claimed event is PROCESSING
 * with a lease: if its worker dies, it is due again when the lease ends.
 */
export const claimWebhookEvents = async (req: Req, limit: number, leaseSeconds: number): Promise<ClaimedWebhookEvent[]> =>
  query<ClaimedWebhookEvent>(
    req,
    sql`UPDATE stripe_events e
        SET outcome = 'PROCESSING', attempts = e.attempts + 1, next_attempt_at = now() + make_interval(secs => ${leaseSeconds}), updated_at = now()
        FROM (SELECT id FROM stripe_events WHERE next_attempt_at <= now() ORDER BY next_attempt_at LIMIT ${limit} FOR UPDATE SKIP LOCKED) due
        WHERE e.id = due.id
        RETURNING e.event_id AS "eventId", e.type, e.action, e.attempts::int AS attempts`,
  )

/** The event's outcome, its row locked for the rest of the transaction (a second worker on the same event waits here). */
export const lockWebhookEvent = async (req: Req, eventId: string): Promise<null | string> => {
  const [row] = await query<{ outcome: string }>(req, sql`SELECT outcome FROM stripe_events WHERE event_id = ${eventId} FOR UPDATE`)
  return row?.outcome ?? null
}

/** The event was applied (in the same transaction as its booking changes): nothing left to do. */
export const markWebhookEventProcessed = async (req: Req, eventId: string): Promise<void> => {
  await query(
    req,
    sql`UPDATE stripe_events SET outcome = 'PROCESSED', processed_at = now(), next_attempt_at = NULL, error = NULL, updated_at = now() WHERE event_id = ${eventId}`,
  )
}

/**
 * The event failed (written outside any transaction, so the failure is kept): FAILED with its
 * error, due again after `retryInSeconds`, or never when null (it stays FAILED for staff).
 * Only while `attempts` is still the caller's claim: a later claim owns the row.
 */
export const markWebhookEventFailed = async (req: Req, event: Pick<ClaimedWebhookEvent, 'attempts' | 'eventId'>, message: string, retryInSeconds: null | number) => {
  await query(
    req,
    sql`UPDATE stripe_events SET outcome = 'FAILED', error = ${message.slice(0, 2000)}, updated_at = now(),
          next_attempt_at = ${retryInSeconds === null ? sql`NULL` : sql`now() + make_interval(secs => ${retryInSeconds})`}
        WHERE event_id = ${event.eventId} AND attempts = ${event.attempts}`,
  )
}
