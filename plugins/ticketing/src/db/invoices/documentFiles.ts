import { createHash } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/** A document's stored PDF, or null when it has not been rendered yet. */
export const readDocumentFile = async (req: Req, invoiceId: number): Promise<Buffer | null> => {
  const [row] = await query<{ pdf: Buffer }>(req, sql`SELECT pdf FROM ticketing_document_files WHERE invoice_id = ${invoiceId}`)
  return row ? Buffer.from(row.pdf) : null
}

/**
 * Stores a document's PDF once: a second render of the same frozen data gives the same bytes,
 * so when two workers race, the first row stays. True when this call stored it (false: another
 * did first, and the caller reads theirs).
 */
export const storeDocumentFile = async (req: Req, invoiceId: number, pdf: Buffer): Promise<boolean> => {
  const sha256 = createHash('sha256').update(pdf).digest('hex')
  const stored = await query<{ invoice_id: unknown }>(
    req,
    sql`INSERT INTO ticketing_document_files (invoice_id, pdf, sha256) VALUES (${invoiceId}, ${pdf}, ${sha256}) ON CONFLICT (invoice_id) DO NOTHING RETURNING invoice_id`,
  )
  return stored.length > 0
}

/** Documents issued without a stored PDF yet, after the document `afterId`, oldest first, `limit` at most. */
export const findUnrenderedDocuments = async (req: Req, limit: number, afterId = 0): Promise<number[]> => {
  const rows = await query<{ id: number | string }>(
    req,
    sql`SELECT i.id FROM invoices i WHERE i.id > ${afterId} AND NOT EXISTS (SELECT 1 FROM ticketing_document_files f WHERE f.invoice_id = i.id) ORDER BY i.id LIMIT ${limit}`,
  )
  return rows.map((row) => Number(row.id))
}
