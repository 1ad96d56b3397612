import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

/** Spends a solved captcha challenge (by its signature) until it expires. False when it was spent already. */
export const spendCaptcha = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, signature: string, expiresAt: Date): Promise<boolean> => {
  const rows = await query(
    req,
    sql`INSERT INTO ticketing_captcha_uses (signature, expires_at) VALUES (${signature}, ${expiresAt.toISOString()}::timestamptz)
        ON CONFLICT (signature) DO NOTHING RETURNING signature`,
  )
  return rows.length > 0
}
