import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'
import { type InvoiceRecord, toInvoiceRecord } from './findBookingInvoices'

/** The document a ledger object or correction already issued (sources are unique), or null. */
export const findInvoiceBySource = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, source: string): Promise<InvoiceRecord | null> => {
  const [row] = await query<Record<string, unknown>>(req, sql`SELECT * FROM invoices WHERE source = ${source}`)
  return row ? toInvoiceRecord(row) : null
}
