import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/**
 * Claims a key (its hash) for a request (its hash) in the caller's transaction: true when this
 * request owns it now (new, or older than 24 hours); the unique key makes a concurrent claim wait.
 */
export const claimKey = async (req: Req, keyHash: string, requestHash: string): Promise<boolean> => {
  const rows = await query(
    req,
    sql`INSERT INTO ticketing_idempotency_keys (key_hash, request_hash) VALUES (${keyHash}, ${requestHash})
        ON CONFLICT (key_hash) DO UPDATE SET request_hash = EXCLUDED.request_hash, response = NULL, created_at = now()
          WHERE ticketing_idempotency_keys.created_at < now() - interval '24 hours'
        RETURNING key_hash`,
  )
  return rows.length > 0
}

/** The request hash and sealed response stored under a key. */
export const findKey = async (req: Req, keyHash: string) => {
  const [row] = await query<{ request_hash: string; response: null | string }>(req, sql`SELECT request_hash, response FROM ticketing_idempotency_keys WHERE key_hash = ${keyHash}`)
  return row ? { requestHash: row.request_hash, response: row.response } : null
}

/** Stores the sealed response of the request that owns the key. */
export const storeKeyResponse = async (req: Req, keyHash: string, sealed: string): Promise<void> => {
  await query(req, sql`UPDATE ticketing_idempotency_keys SET response = ${sealed} WHERE key_hash = ${keyHash}`)
}
