import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { holdMayExpire } from './holdMayExpire'
import { query } from '../core/query'

/** Holds that may expire now (db/seats/holdMayExpire), oldest first, for the expiry job. */
export const findDueHolds = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, limit: number) =>
  query<{ id: number; payment_intent_id: null | string }>(
    req,
    sql`SELECT id, payment_intent_id FROM bookings WHERE ${holdMayExpire()} ORDER BY expires_at LIMIT ${limit}`,
  )
