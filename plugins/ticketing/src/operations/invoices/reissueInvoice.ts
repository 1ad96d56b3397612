import type { PayloadRequest } from 'payload'

import { findBookingById } from '../../db/bookings/findBookingById'
import { withTransaction } from '../../db/core/withTransaction'
import { findBookingInvoices, findInvoiceByNumber, type InvoiceRecord } from '../../db/invoices/findBookingInvoices'
import { writeInvoiceDetails } from '../../db/invoices/readInvoiceDetails'
import { ERROR_CODES, TicketingError } from '../../errors'
import type { InvoiceDetails } from '../../validation/invoiceDetailsInput'
import { writeAuditEntry } from '../audit/writeAuditEntry'
import { currentInvoice, issueCreditNote } from './issueCreditNote'
import { type DocumentSummary, documentSummary } from './documentSummary'
import { issueInvoice } from './issueInvoice'

/**
 * Corrects the buyer's details of an issued invoice the only lawful way: a credit note of all
 * the invoice still stands for, then a new invoice with the new details (the same seats,
 * amounts and payment), in one transaction under the booking's lock, with an audit entry.
 * After a partial refund, the credit note is for what was not yet credited and the new invoice
 * takes off what was (a `CREDITED` discount naming those credit notes): per booking, invoices
 * less credit notes still equal the ledger to the minor unit. Only the booking's current
 * invoice, and only while something of it is left: 409 INVOICE_CREDITED once it was wholly
 * credited (refunded in full, or already replaced).
 */
export const reissueInvoice = async (req: PayloadRequest, number: string, details: InvoiceDetails | null): Promise<{ creditNote: DocumentSummary; invoice: DocumentSummary }> =>
  withTransaction(req, async () => {
    const found = await findInvoiceByNumber(req, number)
    if (!found || found.kind !== 'INVOICE') throw new TicketingError(ERROR_CODES.INVOICE_NOT_FOUND, 404, 'No invoice has this number.')
    const booking = await findBookingById(req, found.bookingId, { forUpdate: true })
    if (!booking) throw new TicketingError(ERROR_CODES.INVOICE_NOT_FOUND, 404, 'No invoice has this number.')
    const documents = await findBookingInvoices(req, booking.id)
    const current = currentInvoice(documents)
    if (current?.invoice.id !== found.id || current.left <= 0) {
      throw new TicketingError(ERROR_CODES.INVOICE_CREDITED, 409, 'This invoice has been wholly credited (refunded in full or already replaced); there is nothing left to correct.', { left: 0 })
    }
    const credited = creditedBefore(documents, booking.total - current.left)
    const now = new Date().toISOString()
    const creditNote = await issueCreditNote(req, booking.id, { amount: current.left, cause: 'correction', paidAt: now, source: `reissue:${found.number}:credit` })
    await writeInvoiceDetails(req, booking.id, details)
    const invoice = await issueInvoice(req, booking, { credited, details, paidAt: found.data.payment.date, relatedInvoiceId: found.id, source: `reissue:${found.number}` })
    if (!creditNote || !invoice) throw new Error(`ticketing: reissue of ${found.number} issued nothing`)
    await writeAuditEntry(req, {
      action: 'invoice.reissue',
      bookingId: booking.id,
      details: { creditNote: creditNote.number, invoice: invoice.number, replaced: found.number },
      target: `invoices:${found.id}`,
    })
    return { creditNote: documentSummary(creditNote), invoice: documentSummary(invoice) }
  })

/**
 * What the booking's credit notes gave back for money that went back (refunds, lost disputes:
 * every credit note but the corrections', which cancel an invoice replaced by another), as the
 * new invoice prints it. It must be what the booking's total less the current invoice's rest
 * leaves; a booking whose documents disagree with it gets no new invoice (an error, not a
 * wrong legal document).
 */
const creditedBefore = (documents: InvoiceRecord[], expected: number): { amount: number; creditNotes: string[] } | null => {
  const refunds = documents.filter((d) => d.kind === 'CREDIT_NOTE' && !d.source.startsWith('reissue:'))
  const amount = refunds.reduce((sum, d) => sum + d.total, 0)
  if (amount !== expected) throw new Error(`ticketing: the credit notes of booking ${documents[0]?.bookingId} give back ${amount}, its invoice has ${expected} credited`)
  return amount > 0 ? { amount, creditNotes: refunds.map((d) => d.number) } : null
}
