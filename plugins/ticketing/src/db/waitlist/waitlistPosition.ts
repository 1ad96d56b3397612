import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

/** An entry's place in its event's queue: the waiting entries that joined before it, plus one. */
export const waitlistPosition = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, id: number | string): Promise<number> => {
  const [row] = await query<{ position: number | string }>(
    req,
    sql`SELECT 1 + (SELECT count(*) FROM waitlist_entries o
          WHERE o.city_event_id = w.city_event_id AND o.status = 'WAITING' AND (o.created_at, o.id) < (w.created_at, w.id)) AS position
        FROM waitlist_entries w WHERE w.id = ${id}`,
  )
  return Number(row?.position ?? 0)
}
