import type { Endpoint } from 'payload'
import { z } from 'zod'

import { updateInvoiceDetails } from '../../operations/invoices/updateInvoiceDetails'
import { invoiceDetailsInput } from '../../validation/invoiceDetailsInput'
import { defineEndpoint } from '../http/defineEndpoint'
import { readJsonBody } from '../http/readJsonBody'

const body = z.strictObject({ invoice: invoiceDetailsInput.nullable() })

/**
 * PUT /api/ticketing/bookings/:reference/invoice-details (bearer) — body `{invoice}` (the
 * details, or null for the buyer); 200 `{invoice}`; 409 INVOICE_ISSUED once the invoice exists.
 */
export const invoiceDetailsEndpoint = (): Endpoint =>
  defineEndpoint('put', '/ticketing/bookings/:reference/invoice-details', async (req) => {
    const input = body.parse(await readJsonBody(req))
    const invoice = await updateInvoiceDetails(req, req.routeParams?.reference, input.invoice)
    return Response.json({ invoice })
  })
