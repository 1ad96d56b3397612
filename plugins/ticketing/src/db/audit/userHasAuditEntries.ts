import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

/** Whether any audit entry names this staff user. */
export const userHasAuditEntries = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, userId: number | string): Promise<boolean> =>
  (await query(req, sql`SELECT 1 FROM audit_log WHERE user_id = ${userId} LIMIT 1`)).length > 0
