import { sql } from '@payloadcms/db-postgres/drizzle'
import { drainWebhookEvents } from '@masterclass/plugin-ticketing'
import type { Payload } from 'payload'

import { sqlRows } from './payments'

/**
 * As if the retry delay had passed: every FAILED webhook event still to be retried is due now,
 * and the site's webhook worker runs them (deterministic, no waiting).
 */
export const retryWebhookEventsNow = async (payload: Payload) => {
  await sqlRows(payload, sql`UPDATE stripe_events SET next_attempt_at = now() WHERE outcome = 'FAILED' AND next_attempt_at IS NOT NULL`)
  return drainWebhookEvents(payload)
}
