import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

export type DocumentSeries = 'CREDIT_NOTE' | 'INVOICE'
export type TakenNumber = { issuedAt: string; sequence: number; year: number }

/**
 * Takes the next number of a seller's series for the year of now in the seller's time zone,
 * in the caller's transaction: the upsert locks the counter row until the commit, so the
 * next transaction of the same series waits, and a rollback gives the number back (no gap,
 * no duplicate). The issue instant is read after the lock is held, so numbers and issue
 * times run in the same order.
 */
export const takeDocumentNumber = async (
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  seller: { id: number; timezone: string },
  series: DocumentSeries,
): Promise<TakenNumber> => {
  const [row] = await query<{ issued_at: Date | string; last_number: number | string; year: number | string }>(
    req,
    sql`INSERT INTO ticketing_document_counters AS c (seller_id, series, year, last_number)
        VALUES (${seller.id}, ${series}, extract(year FROM clock_timestamp() AT TIME ZONE ${seller.timezone})::int, 1)
        ON CONFLICT (seller_id, series, year) DO UPDATE SET last_number = c.last_number + 1
        RETURNING c.last_number, c.year, clock_timestamp() AS issued_at`,
  )
  return { issuedAt: new Date(row.issued_at).toISOString(), sequence: Number(row.last_number), year: Number(row.year) }
}
