import type { PayloadRequest } from 'payload'

import { withTransaction } from '../../db/core/withTransaction'
import { findBookingInvoices } from '../../db/invoices/findBookingInvoices'
import { writeInvoiceDetails } from '../../db/invoices/readInvoiceDetails'
import { ERROR_CODES, TicketingError } from '../../errors'
import type { InvoiceDetails } from '../../validation/invoiceDetailsInput'
import { authorizeBooking } from '../bookings/authorizeBooking'

/**
 * The buyer changes who the invoice will be made out to (`null`: to themselves), until it is
 * issued: under the booking's lock, which the payment's transaction takes too, so the details
 * either make it onto the invoice or are refused with 409 INVOICE_ISSUED, never lost. After
 * that a correction is staff's reissue (operations/invoices/reissueInvoice).
 */
export const updateInvoiceDetails = async (req: PayloadRequest, rawReference: unknown, details: InvoiceDetails | null): Promise<InvoiceDetails | null> =>
  withTransaction(req, async () => {
    const booking = await authorizeBooking(req, rawReference, { forUpdate: true })
    if ((await findBookingInvoices(req, booking.id)).length) {
      throw new TicketingError(ERROR_CODES.INVOICE_ISSUED, 409, 'The invoice has been issued: ask us to correct it.')
    }
    await writeInvoiceDetails(req, booking.id, details)
    return details
  })
