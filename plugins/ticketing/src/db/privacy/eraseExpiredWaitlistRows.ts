import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { ERASED, ERASED_EMAIL } from '../../domain/privacy/erasureMarkers'
import { query } from '../core/query'

/**
 * The retention rule for the waiting list: entries of events that ended more than
 * `retentionMonths` ago lose their name and email (markers, as an erasure writes them) and their
 * token nonce (their links open nothing). Their status stays: the event is over, no seat moves.
 * Returns how many entries were erased.
 */
export const eraseExpiredWaitlistRows = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, retentionMonths: number): Promise<number> => {
  const rows = await query(
    req,
    sql`UPDATE waitlist_entries w SET name = ${ERASED}, email = ${ERASED_EMAIL}, token_nonce = NULL, updated_at = now()
        FROM city_events e
        WHERE e.id = w.city_event_id AND w.email <> ${ERASED_EMAIL}
          AND coalesce(e.ends_at, e.starts_at) < now() - make_interval(months => ${retentionMonths}::int)
        RETURNING 1`,
  )
  return rows.length
}
