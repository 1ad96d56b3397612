import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from './query'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/**
 * Records a delivery in `stripe-events` (one row per provider event id; a redelivery counts
 * an attempt) and answers the row's outcome. An ignored event is stored as processed at once.
 */
export const recordWebhookEvent = async (req: Req, event: { id: string; type: string }, ignored: boolean): Promise<string> => {
  const [row] = await query<{ outcome: string }>(
    req,
    sql`INSERT INTO stripe_events (event_id, type, received_at, processed_at, outcome, attempts)
        VALUES (${event.id}, ${event.type}, now(), ${ignored ? sql`now()` : sql`NULL`}, ${ignored ? 'IGNORED' : 'PROCESSING'}::enum_stripe_events_outcome, 1)
        ON CONFLICT (event_id) DO UPDATE SET attempts = stripe_events.attempts + 1, updated_at = now()
        RETURNING outcome`,
  )
  return row!.outcome
}

/** The event's outcome, its row locked for the rest of the transaction (concurrent duplicates wait here). */
export const lockWebhookEvent = async (req: Req, eventId: string): Promise<null | string> => {
  const [row] = await query<{ outcome: string }>(req, sql`SELECT outcome FROM stripe_events WHERE event_id = ${eventId} FOR UPDATE`)
  return row?.outcome ?? null
}

/** The event was applied (in the same transaction as its booking changes). */
export const markWebhookEventProcessed = async (req: Req, eventId: string): Promise<void> => {
  await query(req, sql`UPDATE stripe_events SET outcome = 'PROCESSED', processed_at = now(), error = NULL, updated_at = now() WHERE event_id = ${eventId}`)
}

/** The event failed (outside any transaction, so the failure is kept while the provider delivers it again). */
export const markWebhookEventFailed = async (req: Req, eventId: string, message: string): Promise<void> => {
  await query(req, sql`UPDATE stripe_events SET outcome = 'FAILED', error = ${message.slice(0, 2000)}, updated_at = now() WHERE event_id = ${eventId}`)
}
