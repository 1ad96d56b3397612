import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { ERASED } from '../../domain/privacy/erasureMarkers'
import { query } from '../core/query'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/** Free-text and JSON columns where an address can land without being a field of its own: SMTP errors, job inputs, logs and errors, webhook errors. */
const COLUMNS: ReadonlyArray<{ column: string; json: boolean; table: string }> = [
  { column: 'last_error', json: false, table: 'booking_emails' },
  { column: 'error', json: false, table: 'stripe_events' },
  { column: 'input', json: true, table: 'payload_jobs' },
  { column: 'error', json: true, table: 'payload_jobs' },
  { column: 'input', json: true, table: 'payload_jobs_log' },
  { column: 'output', json: true, table: 'payload_jobs_log' },
  { column: 'error', json: true, table: 'payload_jobs_log' },
]

/**
 * Replaces every occurrence of the addresses `pattern` matches (see emailsPattern) by the
 * marker in those columns: an SMTP error that quotes the recipient, a job that failed on it.
 * JSON stays valid (the marker has no quote). Returns how many values were changed.
 */
export const scrubEmails = async (req: Req, pattern: null | string): Promise<number> => {
  if (!pattern) return 0
  let changed = 0
  for (const { column, json, table } of COLUMNS) {
    const col = sql.identifier(column)
    const text: SQL = json ? sql`${col}::text` : sql`${col}`
    const replaced: SQL = json ? sql`regexp_replace(${col}::text, ${pattern}, ${ERASED}, 'gi')::jsonb` : sql`regexp_replace(${col}, ${pattern}, ${ERASED}, 'gi')`
    const rows = await query(req, sql`UPDATE ${sql.identifier(table)} SET ${col} = ${replaced} WHERE ${text} ~* ${pattern} RETURNING 1`)
    changed += rows.length
  }
  return changed
}
