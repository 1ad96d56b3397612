import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { FrozenInvoice } from '../../documents/types'
import { query } from '../core/query'

export type NewInvoice = {
  bookingId: number
  data: FrozenInvoice
  relatedInvoiceId: null | number
  sellerId: number
  sequence: number
  /** The ledger object or correction that issued it (pi_…, re_…, du_…, reissue:…): one document each. */
  source: string
  year: number
}

/** Inserts an issued invoice or credit note, in the transaction that took its number. Its id. */
export const insertInvoice = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, invoice: NewInvoice): Promise<number> => {
  const { data } = invoice
  const [row] = await query<{ id: number | string }>(
    req,
    sql`INSERT INTO invoices (number, kind, issued_at, seller_id, booking_id, related_invoice_id, year, sequence,
          buyer_name, buyer_company, currency, total_excl_tax, tax, total, source, data)
        VALUES (${data.number}, ${data.kind}::enum_invoices_kind, ${data.issuedAt}::timestamptz, ${invoice.sellerId}, ${invoice.bookingId},
          ${invoice.relatedInvoiceId}, ${invoice.year}, ${invoice.sequence}, ${data.buyer.name}, ${data.buyer.company ?? null},
          ${data.currency}, ${data.totalExclTax}, ${data.tax}, ${data.total}, ${invoice.source}, ${JSON.stringify(data)}::jsonb)
        RETURNING id`,
  )
  return Number(row.id)
}
