import type { PayloadRequest } from 'payload'

import { readDocumentFile, storeDocumentFile } from '../../db/invoices/documentFiles'
import type { InvoiceRecord } from '../../db/invoices/findBookingInvoices'
import { renderInvoicePdf } from '../../documents'

/**
 * A document's PDF: the stored one, or rendered now from its frozen data and stored (the
 * render job usually did it already). Emails and downloads read it here, so they carry the
 * same bytes.
 */
export const documentPdf = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, invoice: Pick<InvoiceRecord, 'data' | 'id'>): Promise<Buffer> => {
  const stored = await readDocumentFile(req, invoice.id)
  if (stored) return stored
  const pdf = await renderInvoicePdf(invoice.data)
  await storeDocumentFile(req, invoice.id, pdf)
  return (await readDocumentFile(req, invoice.id)) ?? pdf
}
