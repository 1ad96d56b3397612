import type { Endpoint } from 'payload'

import { verifyDocumentToken } from '../../access/documentToken'
import { findInvoiceByNumber } from '../../db/invoices/findBookingInvoices'
import { ERROR_CODES, TicketingError } from '../../errors'
import { documentPdf } from '../../operations/invoices/documentPdf'
import { documentTokenSecret } from '../../operations/invoices/documentTokenSecret'
import { defineEndpoint } from '../http/defineEndpoint'

const FILE = /^([A-Z0-9-]{1,10}\d{4}-\d{5,})\.pdf$/

const notFound = () => new TicketingError(ERROR_CODES.NOT_FOUND, 404, 'This link does not open a document (it may have expired: open the booking again).')

/**
 * GET /api/ticketing/documents/:number.pdf?token= — the stored PDF of an invoice or credit
 * note, for a link signed less than 15 minutes ago (operations/invoices/bookingDocuments).
 * Any wrong, expired or foreign token is the same 404.
 */
export const documentPdfEndpoint = (): Endpoint =>
  defineEndpoint('get', '/ticketing/documents/:file', async (req) => {
    const number = FILE.exec(String(req.routeParams?.file ?? ''))?.[1]
    const token = new URL(req.url ?? 'http://localhost').searchParams.get('token')
    if (!number || !verifyDocumentToken(token, { number, secret: documentTokenSecret(req) })) throw notFound()
    const invoice = await findInvoiceByNumber(req, number)
    if (!invoice) throw notFound()
    const pdf = await documentPdf(req, invoice)
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Cache-Control': 'private, no-store',
        'Content-Disposition': `inline; filename="${number}.pdf"`,
        'Content-Length': String(pdf.length),
        'Content-Type': 'application/pdf',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  })
