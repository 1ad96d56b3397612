import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

/** Whether a booking already has this reference (for inserts Payload makes after a hook chose it). */
export const referenceTaken = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, reference: string): Promise<boolean> =>
  (await query(req, sql`SELECT 1 FROM bookings WHERE reference = ${reference}`)).length > 0
