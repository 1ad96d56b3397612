import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

/**
 * Up to `limit` bookings still holding personal data whose event ended more than
 * `retentionMonths` ago, locked for the caller's transaction (rows another transaction holds
 * are skipped: the next run takes them).
 */
export const lockExpiredBookings = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, retentionMonths: number, limit: number): Promise<number[]> => {
  const rows = await query<{ id: number }>(
    req,
    sql`SELECT b.id FROM bookings b JOIN city_events e ON e.id = b.city_event_id
        WHERE b.erased_at IS NULL AND coalesce(e.ends_at, e.starts_at) < now() - make_interval(months => ${retentionMonths}::int)
        ORDER BY b.id LIMIT ${limit} FOR UPDATE OF b SKIP LOCKED`,
  )
  return rows.map((row) => Number(row.id))
}
