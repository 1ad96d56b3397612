import type { PayloadRequest } from 'payload'

import { signDocumentToken } from '../../access/documentToken'
import type { BookingRecord } from '../../db/bookings/findBookingByReference'
import { findBookingInvoices } from '../../db/invoices/findBookingInvoices'
import { documentSummary, type DocumentSummary } from './documentSummary'
import { documentTokenSecret } from './documentTokenSecret'

export type BookingDocuments = {
  certificates: unknown[]
  invoices: (DocumentSummary & { pdfUrl: string })[]
  tickets: { pdfUrl: null | string }
}

/** Where a document downloads, with a token valid 15 minutes (access/documentToken). */
export const documentUrl = (req: Pick<PayloadRequest, 'payload'>, number: string, now = new Date()): string => {
  const base = `${(req.payload.config.serverURL ?? '').replace(/\/$/, '')}${req.payload.config.routes?.api ?? '/api'}`
  return `${base}/ticketing/documents/${encodeURIComponent(number)}.pdf?token=${signDocumentToken({ now, number, secret: documentTokenSecret(req) })}`
}

/** A booking's documents as its buyer sees them: invoices and credit notes in the order issued, each with a signed link. */
export const bookingDocuments = async (req: PayloadRequest, booking: BookingRecord): Promise<BookingDocuments> => {
  const documents = await findBookingInvoices(req, booking.id)
  return {
    certificates: [],
    invoices: documents.map((document) => ({ ...documentSummary(document), pdfUrl: documentUrl(req, document.number) })),
    tickets: { pdfUrl: null },
  }
}
