import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

/**
 * Takes the transaction's advisory locks of a client's holds and of a buyer email's holds on an
 * event (in a fixed order, so two requests never wait on each other in a circle). Requests of
 * the same client, or for the same email and event, then hold seats one after the other: each
 * counts the unpaid seats the previous one committed (db/bookings/insertBooking), so no burst of
 * parallel requests gets past a hold limit. Released at commit or rollback.
 */
export const lockHoldKeys = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, keys: string[]): Promise<void> => {
  await query(
    req,
    sql`SELECT pg_advisory_xact_lock(k) FROM (SELECT hashtextextended(key, 0) AS k FROM unnest(ARRAY[${sql.join(keys.map((key) => sql`${key}::text`), sql`, `)}]) AS key ORDER BY 1) AS locks`,
  )
}
