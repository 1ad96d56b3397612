import type { PayloadRequest } from 'payload'

import { findBookingInvoices } from '../../db/invoices/findBookingInvoices'
import type { EmailAttachment } from '../../email/types'
import type { EmailJobInput } from '../email/queueEmail'
import { documentPdf } from './documentPdf'

/** Which document an email carries: the invoice with the confirmation, the latest credit note with a refund. */
const KIND_OF: Partial<Record<EmailJobInput['kind'], 'CREDIT_NOTE' | 'INVOICE'>> = {
  confirmation: 'INVOICE',
  eventCancelled: 'CREDIT_NOTE',
  lateRefund: 'CREDIT_NOTE',
  refund: 'CREDIT_NOTE',
}

/**
 * The PDF an email of `kind` attaches (the booking's latest invoice or credit note, rendered
 * now if the render job has not yet), and the seller's address to copy it to. Nothing for
 * other emails, or a booking without documents.
 */
export const emailDocuments = async (req: PayloadRequest, input: EmailJobInput): Promise<{ attachments: EmailAttachment[]; copyTo: string[] }> => {
  const kind = KIND_OF[input.kind]
  if (!kind) return { attachments: [], copyTo: [] }
  const document = (await findBookingInvoices(req, input.bookingId)).filter((d) => d.kind === kind).at(-1)
  if (!document) return { attachments: [], copyTo: [] }
  // A document that cannot be rendered must not hold back the email: it goes without it, and the error is logged.
  const pdf = await documentPdf(req, document).catch((error: unknown) => {
    req.payload.logger.error({ err: error instanceof Error ? error.message : String(error), number: document.number }, 'ticketing: could not render a document for its email')
    return null
  })
  if (!pdf) return { attachments: [], copyTo: [] }
  const sellerEmail = document.data.seller.email
  return {
    attachments: [{ content: pdf, contentType: 'application/pdf', filename: `${document.number}.pdf` }],
    copyTo: sellerEmail ? [sellerEmail] : [],
  }
}
