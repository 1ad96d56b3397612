import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { inList } from '../core/inList'
import { query } from '../core/query'

/** The ledger's dispute rows, by dispute id → status, for the given ids and for every dispute not yet closed. */
export const findLedgerDisputes = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, ids: string[]) => {
  const rows = await query<{ status: string; stripe_object_id: string }>(
    req,
    sql`SELECT stripe_object_id, status FROM booking_payments
        WHERE kind = 'DISPUTE' AND (${ids.length ? sql`stripe_object_id IN ${inList(ids)}` : sql`false`} OR status NOT IN ('won', 'lost'))`,
  )
  return new Map(rows.map((row) => [row.stripe_object_id, row.status]))
}
