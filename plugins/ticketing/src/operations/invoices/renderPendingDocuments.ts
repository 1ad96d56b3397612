import type { PayloadRequest } from 'payload'

import { findUnrenderedDocuments } from '../../db/invoices/documentFiles'
import { findInvoiceById } from '../../db/invoices/findBookingInvoices'
import { documentPdf } from './documentPdf'

/** Documents looked up at a time: the ids only, each document is then read, rendered, stored and let go. */
const BATCH = 50

/**
 * Renders and stores the PDF of every document issued without one yet, oldest first, batch
 * after batch until none is left, from its frozen data (emails and downloads that come first
 * render theirs on the way, the same bytes). One document at a time (documentPdf takes the
 * process's render slot, shared with the emails), and no PDF is kept once stored, so memory
 * stays flat however many are pending. A document that cannot be rendered does not hold back
 * the ones after it: they are all rendered, then the run fails naming it (and the job retries).
 * Returns how many it rendered.
 */
export const renderPendingDocuments = async (req: PayloadRequest): Promise<number> => {
  const failed: string[] = []
  let rendered = 0
  let afterId = 0
  for (;;) {
    const ids = await findUnrenderedDocuments(req, BATCH, afterId)
    if (!ids.length) break
    for (const id of ids) {
      const invoice = await findInvoiceById(req, id)
      if (!invoice) continue
      try {
        await documentPdf(req, invoice)
        rendered++
      } catch (error) {
        failed.push(invoice.number)
        req.payload.logger.error({ err: error instanceof Error ? error.message : String(error), number: invoice.number }, 'ticketing: could not render a document')
      }
    }
    afterId = ids[ids.length - 1]
  }
  if (failed.length) throw new Error(`ticketing: ${failed.length} document(s) could not be rendered (${failed.slice(0, 10).join(', ')}); ${rendered} rendered`)
  return rendered
}
