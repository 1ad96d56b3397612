import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { FrozenInvoice } from '../../documents/types'
import { query } from '../core/query'

export type InvoiceRecord = {
  id: number
  bookingId: number
  data: FrozenInvoice
  kind: 'CREDIT_NOTE' | 'INVOICE'
  number: string
  relatedInvoiceId: null | number
  sellerId: number
  source: string
  total: number
}

export const toInvoiceRecord = (row: Record<string, unknown>): InvoiceRecord => ({
  id: Number(row.id),
  bookingId: Number(row.booking_id),
  data: (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as FrozenInvoice,
  kind: row.kind as InvoiceRecord['kind'],
  number: String(row.number),
  relatedInvoiceId: row.related_invoice_id === null || row.related_invoice_id === undefined ? null : Number(row.related_invoice_id),
  sellerId: Number(row.seller_id),
  source: String(row.source),
  total: Number(row.total),
})

/** A booking's invoices and credit notes, in the order they were issued. */
export const findBookingInvoices = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, bookingId: number): Promise<InvoiceRecord[]> => {
  const rows = await query<Record<string, unknown>>(req, sql`SELECT * FROM invoices WHERE booking_id = ${bookingId} ORDER BY issued_at, id`)
  return rows.map(toInvoiceRecord)
}

/** An invoice or credit note by its number. */
export const findInvoiceByNumber = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, number: string): Promise<InvoiceRecord | null> => {
  const [row] = await query<Record<string, unknown>>(req, sql`SELECT * FROM invoices WHERE number = ${number}`)
  return row ? toInvoiceRecord(row) : null
}

/** An invoice or credit note by its id. */
export const findInvoiceById = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, id: number): Promise<InvoiceRecord | null> => {
  const [row] = await query<Record<string, unknown>>(req, sql`SELECT * FROM invoices WHERE id = ${id}`)
  return row ? toInvoiceRecord(row) : null
}
