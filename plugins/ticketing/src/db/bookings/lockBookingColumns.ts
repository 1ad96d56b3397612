import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

/** Locks a booking row for the rest of the transaction and answers the given columns as stored. */
export const lockBookingColumns = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, bookingId: number | string, columns: readonly string[]) => {
  const safe = columns.filter((column) => /^[a-z_]+$/.test(column))
  const [row] = await query<Record<string, unknown>>(req, sql`SELECT ${sql.raw(safe.join(', '))} FROM bookings WHERE id = ${bookingId} FOR UPDATE`)
  return row ?? null
}
