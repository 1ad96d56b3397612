import type { Endpoint } from 'payload'
import { z } from 'zod'

import { ERROR_CODES, TicketingError } from '../../errors'
import { reissueInvoice } from '../../operations/invoices/reissueInvoice'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { invoiceDetailsInput } from '../../validation/invoiceDetailsInput'
import { defineEndpoint } from '../http/defineEndpoint'
import { readJsonBody } from '../http/readJsonBody'
import { requireAccess } from '../http/requireAccess'

const body = z.strictObject({ invoice: invoiceDetailsInput.nullable() })
const NUMBER = /^[A-Z0-9-]{1,10}\d{4}-\d{5,}$/

/**
 * POST /api/ticketing/invoices/:number/reissue (admin, finance) — body `{invoice}` (the
 * corrected details, or null for the buyer) → 201 `{creditNote, invoice}`: what the invoice
 * still stands for credited and a new one issued for it (operations/invoices/reissueInvoice).
 */
export const reissueInvoiceEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/invoices/:number/reissue', async (req) => {
    await requireAccess(req, config.access.canManageSales)
    const number = String(req.routeParams?.number ?? '').toUpperCase()
    if (!NUMBER.test(number)) throw new TicketingError(ERROR_CODES.INVOICE_NOT_FOUND, 404, 'No invoice has this number.')
    const input = body.parse(await readJsonBody(req))
    return Response.json(await reissueInvoice(req, number, input.invoice), { status: 201 })
  })
