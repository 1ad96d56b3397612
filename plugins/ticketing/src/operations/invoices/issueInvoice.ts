import type { PayloadRequest } from 'payload'

import type { BookingRecord } from '../../db/bookings/findBookingByReference'
import { findAttendees } from '../../db/bookings/findAttendees'
import { findEvent } from '../../db/events/findEvents'
import type { InvoiceRecord } from '../../db/invoices/findBookingInvoices'
import { findEventSeller } from '../../db/invoices/findEventSeller'
import { findInvoiceBySource } from '../../db/invoices/findInvoiceBySource'
import { insertInvoice } from '../../db/invoices/insertInvoice'
import { readInvoiceDetails } from '../../db/invoices/readInvoiceDetails'
import { takeDocumentNumber } from '../../db/invoices/takeDocumentNumber'
import { documentNumber } from '../../domain/documents/documentNumber'
import { freezeInvoice } from '../../domain/documents/freezeInvoice'
import type { InvoiceDetails } from '../../validation/invoiceDetailsInput'
import { eventLocales } from '../events/eventLocales'

export type IssueInvoiceArgs = {
  /** What credit notes already gave back of the invoice this one replaces: the new invoice is for the rest. */
  credited?: { amount: number; creditNotes: string[] } | null
  /** Made out to these details instead of the booking's (a reissue with corrected details). */
  details?: InvoiceDetails | null
  paidAt: string
  relatedInvoiceId?: null | number
  /** What issues it (the PaymentIntent, or `reissue:<number>`): at most one invoice each. */
  source: string
}

/**
 * Issues the invoice of a paid booking, in the caller's transaction (the one that confirms the
 * payment, with the booking locked): its number is taken from the seller's counter row
 * (db/invoices/takeDocumentNumber) and everything it prints is frozen into the row. Issued once
 * per source; nothing for a free booking or an event without a seller.
 */
export const issueInvoice = async (req: PayloadRequest, booking: BookingRecord, args: IssueInvoiceArgs): Promise<InvoiceRecord | null> => {
  if (booking.total <= 0) return null
  const existing = await findInvoiceBySource(req, args.source)
  if (existing) return existing
  const seller = await findEventSeller(req, booking.eventId)
  if (!seller) {
    req.payload.logger.warn({ bookingId: booking.id, eventId: booking.eventId }, 'ticketing: paid booking of an event without a seller: no invoice issued')
    return null
  }
  const event = await findEvent(req, booking.eventId, eventLocales(req, 'fr', { lenient: true }))
  const attendees = await findAttendees(req, booking.id)
  const storedDetails = args.details === undefined ? await readInvoiceDetails(req, booking.id) : args.details
  if (!event) throw new Error(`ticketing: event ${booking.eventId} of booking ${booking.reference} is missing`)
  const taken = await takeDocumentNumber(req, seller, 'INVOICE')
  const data = freezeInvoice(
    { ...booking, attendeeNames: attendees.map((a) => a.name), credited: args.credited ?? null, invoiceDetails: storedDetails },
    seller.block,
    { city: event.city, endsAt: event.endsAt ?? event.startsAt, startsAt: event.startsAt, timezone: event.timezone, title: event.title, venueName: event.venueName },
    { issuedAt: taken.issuedAt, number: documentNumber(seller.invoicePrefix, taken.year, taken.sequence), paidAt: args.paidAt, paymentMethod: 'card' },
  )
  const id = await insertInvoice(req, { bookingId: booking.id, data, relatedInvoiceId: args.relatedInvoiceId ?? null, sellerId: seller.id, sequence: taken.sequence, source: args.source, year: taken.year })
  return { id, bookingId: booking.id, data, kind: 'INVOICE', number: data.number, relatedInvoiceId: args.relatedInvoiceId ?? null, sellerId: seller.id, source: args.source, total: data.total }
}
