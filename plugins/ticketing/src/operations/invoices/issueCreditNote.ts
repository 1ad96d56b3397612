import type { PayloadRequest } from 'payload'

import { findBookingInvoices, type InvoiceRecord } from '../../db/invoices/findBookingInvoices'
import { findInvoiceBySource } from '../../db/invoices/findInvoiceBySource'
import { insertInvoice } from '../../db/invoices/insertInvoice'
import { takeDocumentNumber } from '../../db/invoices/takeDocumentNumber'
import { type CreditCause, creditReason } from '../../domain/documents/creditReason'
import { documentNumber } from '../../domain/documents/documentNumber'
import { freezeCreditNote } from '../../domain/documents/freezeInvoice'
import { findSellerPrefixes } from '../../db/invoices/findSellerPrefixes'

export type IssueCreditNoteArgs = {
  amount: number
  cause: CreditCause
  /** When the money went back (the refund or the dispute), ISO. */
  paidAt: string
  /** The refund, lost dispute or correction that issues it (re_…, du_…, reissue:…): at most one credit note each. */
  source: string
}

/** The booking's current invoice (the latest issued) and what is left of it once its credit notes are taken off. */
export const currentInvoice = (documents: InvoiceRecord[]): { invoice: InvoiceRecord; left: number } | null => {
  const invoice = documents.filter((d) => d.kind === 'INVOICE').at(-1)
  if (!invoice) return null
  const credited = documents.filter((d) => d.kind === 'CREDIT_NOTE' && d.relatedInvoiceId === invoice.id).reduce((sum, d) => sum + d.total, 0)
  return { invoice, left: invoice.total - credited }
}

/**
 * Issues a credit note against the booking's current invoice for money that went back (a
 * refund, a lost dispute) or for a correction, in the caller's transaction with the booking
 * locked: at most what the invoice has left, numbered in the seller's credit-note series, taxes
 * split as on the invoice. Once per source; nothing when the booking has no invoice (free, or
 * an event without a seller) or nothing left to credit.
 */
export const issueCreditNote = async (req: PayloadRequest, bookingId: number, args: IssueCreditNoteArgs): Promise<InvoiceRecord | null> => {
  const existing = await findInvoiceBySource(req, args.source)
  if (existing) return existing
  const current = currentInvoice(await findBookingInvoices(req, bookingId))
  const amount = Math.min(args.amount, current?.left ?? 0)
  if (!current || amount <= 0) return null
  const { invoice } = current
  const seller = await findSellerPrefixes(req, invoice.sellerId)
  const taken = await takeDocumentNumber(req, { id: invoice.sellerId, timezone: invoice.data.seller.timezone ?? 'Europe/Paris' }, 'CREDIT_NOTE')
  const data = freezeCreditNote(invoice.data, {
    amount,
    issuedAt: taken.issuedAt,
    number: documentNumber(seller.creditNotePrefix, taken.year, taken.sequence),
    paidAt: args.paidAt,
    paymentMethod: invoice.data.payment.method,
    reason: creditReason(args.cause, invoice.data.language),
  })
  const id = await insertInvoice(req, { bookingId, data, relatedInvoiceId: invoice.id, sellerId: invoice.sellerId, sequence: taken.sequence, source: args.source, year: taken.year })
  return { id, bookingId, data, kind: 'CREDIT_NOTE', number: data.number, relatedInvoiceId: invoice.id, sellerId: invoice.sellerId, source: args.source, total: data.total }
}
