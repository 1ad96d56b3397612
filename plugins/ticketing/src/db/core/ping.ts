import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from './query'

/** One round trip to PostgreSQL (throws when it does not answer). */
export const ping = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>): Promise<void> => {
  await query(req, sql`SELECT 1`)
}
