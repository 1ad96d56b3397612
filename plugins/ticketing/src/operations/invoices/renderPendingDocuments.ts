import type { PayloadRequest } from 'payload'

import { findUnrenderedDocuments } from '../../db/invoices/documentFiles'
import { findInvoiceById } from '../../db/invoices/findBookingInvoices'
import { documentPdf } from './documentPdf'

/**
 * Renders and stores the PDF of every document issued without one yet, up to `limit`, oldest
 * first, from its frozen data (emails and downloads that come first render theirs on the way,
 * the same bytes). Returns how many it rendered.
 */
export const renderPendingDocuments = async (req: PayloadRequest, limit = 200): Promise<number> => {
  const ids = await findUnrenderedDocuments(req, limit)
  for (const id of ids) {
    const invoice = await findInvoiceById(req, id)
    if (invoice) await documentPdf(req, invoice)
  }
  return ids.length
}
