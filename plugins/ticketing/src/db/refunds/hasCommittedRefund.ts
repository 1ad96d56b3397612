import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

/** Whether the ledger already holds a refund of this booking that takes (or is taking) money back. */
export const hasCommittedRefund = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, bookingId: number): Promise<boolean> => {
  const rows = await query(
    req,
    sql`SELECT 1 FROM booking_payments
        WHERE booking_id = ${bookingId} AND kind = 'REFUND' AND status IN ('pending', 'requires_action', 'succeeded') LIMIT 1`,
  )
  return rows.length > 0
}
