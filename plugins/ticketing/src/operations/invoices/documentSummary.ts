import type { InvoiceRecord } from '../../db/invoices/findBookingInvoices'

export type DocumentSummary = { currency: string; issuedAt: string; kind: 'CREDIT_NOTE' | 'INVOICE'; number: string; tax: number; total: number; totalExclTax: number }

/** An invoice or credit note as the API shows it (amounts in minor units, all positive). */
export const documentSummary = ({ data }: Pick<InvoiceRecord, 'data'>): DocumentSummary => ({
  currency: data.currency,
  issuedAt: data.issuedAt,
  kind: data.kind,
  number: data.number,
  tax: data.tax,
  total: data.total,
  totalExclTax: data.totalExclTax,
})
