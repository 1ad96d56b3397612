import type { PayloadRequest } from 'payload'

import { readDocumentFile, storeDocumentFile } from '../../db/invoices/documentFiles'
import type { InvoiceRecord } from '../../db/invoices/findBookingInvoices'
import { renderInvoicePdf } from '../../documents'
import { limitConcurrency } from '../concurrency/limitConcurrency'

// Rendering is CPU work: one at a time per process renders a burst just as fast, and keeps
// only one document's layout in memory (a hundred emails at once would hold a hundred).
const renderSlot = limitConcurrency(1)

/**
 * A document's PDF: the stored one, or rendered now from its frozen data and stored (the
 * render job usually did it already). Emails and downloads read it here, so they carry the
 * same bytes.
 */
export const documentPdf = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, invoice: Pick<InvoiceRecord, 'data' | 'id'>): Promise<Buffer> => {
  const stored = await readDocumentFile(req, invoice.id)
  if (stored) return stored
  return renderSlot(async () => {
    // Another caller may have rendered it while this one waited.
    const meanwhile = await readDocumentFile(req, invoice.id)
    if (meanwhile) return meanwhile
    const pdf = await renderInvoicePdf(invoice.data)
    // Stored by this call: these are the stored bytes, no need to read them back.
    if (await storeDocumentFile(req, invoice.id, pdf)) return pdf
    return (await readDocumentFile(req, invoice.id)) ?? pdf
  })
}
