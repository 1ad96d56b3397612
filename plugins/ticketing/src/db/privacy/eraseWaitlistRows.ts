import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { ERASED, ERASED_EMAIL } from '../../domain/privacy/erasureMarkers'
import { query } from '../core/query'
import { endWaitlistEntry } from '../waitlist/leaveWaitlist'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/**
 * Erases the waiting-list entries of these addresses: a live entry leaves the list first (its
 * place or its offered seats go back, db/waitlist/leaveWaitlist), then every entry's name and
 * email become markers and its token nonce goes (its links open nothing any more). Returns how
 * many entries were erased.
 */
export const eraseWaitlistRows = async (req: Req, emails: string[]): Promise<number> => {
  if (!emails.length) return 0
  const list = `{${emails.map((e) => `"${e.toLowerCase().replace(/["\\]/g, '')}"`).join(',')}}`
  const live = await query<{ id: number }>(req, sql`SELECT id FROM waitlist_entries WHERE lower(email) = ANY(${list}::text[]) AND status IN ('WAITING', 'OFFERED')`)
  for (const { id } of live) await endWaitlistEntry(req, Number(id), 'LEFT')
  const rows = await query(
    req,
    sql`UPDATE waitlist_entries SET name = ${ERASED}, email = ${ERASED_EMAIL}, token_nonce = NULL, updated_at = now()
        WHERE lower(email) = ANY(${list}::text[]) RETURNING 1`,
  )
  return rows.length
}
