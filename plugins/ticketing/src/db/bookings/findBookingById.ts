import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { type BookingRecord, toBookingRecord } from './findBookingByReference'
import { query } from '../core/query'

/** A booking by its id, as stored now; `forUpdate` locks the row for the transaction. */
export const findBookingById = async (
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  id: number,
  { forUpdate = false } = {},
): Promise<BookingRecord | null> => {
  const [row] = await query<Record<string, unknown>>(req, sql`SELECT * FROM bookings WHERE id = ${id} ${forUpdate ? sql`FOR UPDATE` : sql``}`)
  return row ? toBookingRecord(row) : null
}
