import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { AuditAction } from '../../constants'
import { query } from '../core/query'

export type AuditRow = {
  action: AuditAction
  bookingId: null | number
  details: Record<string, unknown>
  ip: null | string
  target: null | string
  userId: null | number | string
}

/** Appends one entry in the caller's transaction (the only write `audit_log` accepts: see db/schema/auditLogAppendOnly). */
export const insertAuditEntry = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, row: AuditRow): Promise<number> => {
  const [inserted] = await query<{ id: number }>(
    req,
    sql`INSERT INTO audit_log (action, user_id, ip, booking_id, target, details, created_at, updated_at)
        VALUES (${row.action}, ${row.userId}, ${row.ip}, ${row.bookingId}, ${row.target}, ${JSON.stringify(row.details)}::jsonb, now(), now())
        RETURNING id`,
  )
  return Number(inserted!.id)
}
