import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

/** Forgets spent captcha solutions past their expiry and Idempotency-Keys older than 24 hours. */
export const purgeExpiredGuards = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>): Promise<void> => {
  await query(req, sql`DELETE FROM ticketing_captcha_uses WHERE expires_at < now()`)
  await query(req, sql`DELETE FROM ticketing_idempotency_keys WHERE created_at < now() - interval '24 hours'`)
}
