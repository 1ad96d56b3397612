import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

/** A seller's current number prefixes (a credit note takes the prefix in force when it is issued). */
export const findSellerPrefixes = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, sellerId: number): Promise<{ creditNotePrefix: string; invoicePrefix: string }> => {
  const [row] = await query<{ credit_note_prefix: string; invoice_prefix: string }>(req, sql`SELECT invoice_prefix, credit_note_prefix FROM sellers WHERE id = ${sellerId}`)
  if (!row) throw new Error(`ticketing: seller ${sellerId} is missing`)
  return { creditNotePrefix: row.credit_note_prefix, invoicePrefix: row.invoice_prefix }
}
