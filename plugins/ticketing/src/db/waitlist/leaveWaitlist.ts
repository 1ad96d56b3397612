import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'
import { soldOutStatus } from '../seats/soldOutStatus'

/**
 * Ends a live entry (WAITING or OFFERED) as LEFT, or an offer whose time is up as EXPIRED, and
 * gives back what it kept in one statement: the seats it waited for (`seats_waiting`) or the
 * seats offered to it (`seats_offered`, free again for the next entry). Only a live entry is
 * touched, so racing with a booking or the job is safe. Returns the entry's status before, or
 * null when it was not live.
 */
export const endWaitlistEntry = async (
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  id: number,
  to: 'EXPIRED' | 'LEFT',
): Promise<null | 'OFFERED' | 'WAITING'> => {
  const live = to === 'LEFT' ? sql`status IN ('WAITING', 'OFFERED')` : sql`status = 'OFFERED' AND offer_expires_at <= now()`
  const [row] = await query<{ status: 'OFFERED' | 'WAITING' }>(
    req,
    sql`WITH prior AS (
          SELECT id, status AS was, quantity AS wanted, coalesce(offered_quantity, 0) AS offered, city_event_id AS event_id
          FROM waitlist_entries WHERE id = ${id} AND ${live} FOR UPDATE
        ), ended AS (
          UPDATE waitlist_entries w SET status = ${to}::enum_waitlist_entries_status, updated_at = now() FROM prior WHERE w.id = prior.id
          RETURNING prior.was, prior.wanted, prior.offered, prior.event_id
        ), given AS (
          UPDATE city_events e SET
            seats_waiting = e.seats_waiting - CASE WHEN ended.was = 'WAITING' THEN ended.wanted ELSE 0 END,
            seats_offered = e.seats_offered - CASE WHEN ended.was = 'OFFERED' THEN ended.offered ELSE 0 END,
            status = ${soldOutStatus(sql`-(CASE WHEN ended.was = 'WAITING' THEN ended.wanted ELSE ended.offered END)`)}
          FROM ended WHERE e.id = ended.event_id
        )
        SELECT was::text AS status FROM ended`,
  )
  return row?.status ?? null
}
