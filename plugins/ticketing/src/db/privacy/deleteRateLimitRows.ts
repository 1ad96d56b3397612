import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { inList } from '../core/inList'
import { query } from '../core/query'

/** Deletes rate-limit counters by their row keys (see security/rateLimit: rateLimitKey). */
export const deleteRateLimitRows = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, keys: readonly string[]): Promise<number> => {
  if (!keys.length) return 0
  return (await query(req, sql`DELETE FROM ticketing_rate_limits WHERE key IN ${inList(keys)} RETURNING 1`)).length
}
