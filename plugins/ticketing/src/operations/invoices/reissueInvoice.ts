import type { PayloadRequest } from 'payload'

import { findBookingById } from '../../db/bookings/findBookingById'
import { withTransaction } from '../../db/core/withTransaction'
import { findBookingInvoices, findInvoiceByNumber } from '../../db/invoices/findBookingInvoices'
import { writeInvoiceDetails } from '../../db/invoices/readInvoiceDetails'
import { ERROR_CODES, TicketingError } from '../../errors'
import type { InvoiceDetails } from '../../validation/invoiceDetailsInput'
import { writeAuditEntry } from '../audit/writeAuditEntry'
import { currentInvoice, issueCreditNote } from './issueCreditNote'
import { type DocumentSummary, documentSummary } from './documentSummary'
import { issueInvoice } from './issueInvoice'

/**
 * Corrects the buyer's details of an issued invoice the only lawful way: a credit note of the
 * whole invoice, then a new invoice with the new details (and the same seats, amounts and
 * payment), in one transaction under the booking's lock, with an audit entry. Only the
 * booking's current invoice, and only while nothing of it was credited (a refund or a previous
 * correction already did): 409 INVOICE_CREDITED otherwise.
 */
export const reissueInvoice = async (req: PayloadRequest, number: string, details: InvoiceDetails | null): Promise<{ creditNote: DocumentSummary; invoice: DocumentSummary }> =>
  withTransaction(req, async () => {
    const found = await findInvoiceByNumber(req, number)
    if (!found || found.kind !== 'INVOICE') throw new TicketingError(ERROR_CODES.INVOICE_NOT_FOUND, 404, 'No invoice has this number.')
    const booking = await findBookingById(req, found.bookingId, { forUpdate: true })
    if (!booking) throw new TicketingError(ERROR_CODES.INVOICE_NOT_FOUND, 404, 'No invoice has this number.')
    const current = currentInvoice(await findBookingInvoices(req, booking.id))
    if (current?.invoice.id !== found.id || current.left !== found.total) {
      throw new TicketingError(ERROR_CODES.INVOICE_CREDITED, 409, 'This invoice has already been credited (refunded or replaced); it can no longer be corrected.', { left: current?.invoice.id === found.id ? current.left : 0 })
    }
    const now = new Date().toISOString()
    const creditNote = await issueCreditNote(req, booking.id, { amount: found.total, cause: 'correction', paidAt: now, source: `reissue:${found.number}:credit` })
    await writeInvoiceDetails(req, booking.id, details)
    const invoice = await issueInvoice(req, booking, { details, paidAt: found.data.payment.date, relatedInvoiceId: found.id, source: `reissue:${found.number}` })
    if (!creditNote || !invoice) throw new Error(`ticketing: reissue of ${found.number} issued nothing`)
    await writeAuditEntry(req, {
      action: 'invoice.reissue',
      bookingId: booking.id,
      details: { creditNote: creditNote.number, invoice: invoice.number, replaced: found.number },
      target: `invoices:${found.id}`,
    })
    return { creditNote: documentSummary(creditNote), invoice: documentSummary(invoice) }
  })
