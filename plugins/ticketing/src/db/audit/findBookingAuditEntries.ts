import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

export type AuditEntryRow = {
  id: number
  action: string
  createdAt: string
  details: Record<string, unknown>
  ip: null | string
  target: null | string
  userId: null | number
}

/** A booking's audit entries, oldest first: those about it, and erasures that covered it (their `bookingIds`). */
export const findBookingAuditEntries = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, bookingId: number): Promise<AuditEntryRow[]> => {
  const rows = await query<Record<string, unknown>>(
    req,
    sql`SELECT id, action, user_id, ip, target, details, created_at FROM audit_log
        WHERE booking_id = ${bookingId} OR details -> 'bookingIds' @> to_jsonb(${bookingId}::int)
        ORDER BY created_at, id`,
  )
  return rows.map((row) => ({
    id: Number(row.id),
    action: String(row.action),
    createdAt: new Date(row.created_at as string).toISOString(),
    details: (row.details as Record<string, unknown>) ?? {},
    ip: (row.ip as null | string) ?? null,
    target: (row.target as null | string) ?? null,
    userId: row.user_id === null || row.user_id === undefined ? null : Number(row.user_id),
  }))
}
