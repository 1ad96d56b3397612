import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

const ATTEMPTS = 8

/**
 * Draws references until one is not taken. The unique index on bookings.reference stays the
 * guarantee; this only makes a collision (about 1 in 10^9 per draw) a retry, not an error.
 */
export const uniqueReference = async (
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  generate: () => string,
): Promise<string> => {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const candidate = generate()
    const taken = await query(req, sql`SELECT 1 FROM bookings WHERE reference = ${candidate}`)
    if (!taken.length) return candidate
  }
  throw new Error(`No free booking reference after ${ATTEMPTS} attempts`)
}
