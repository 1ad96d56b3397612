import type { Endpoint } from 'payload'

import { openCopyCsv } from '../../db/reports/exportCsv'
import { invoicesCsvStatement } from '../../db/reports/invoicesCsvStatement'
import { csvStream } from '../../operations/reports/bookingsCsv'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { invoiceExportQuery } from '../../validation/invoiceExportQuery'
import { defineEndpoint } from '../http/defineEndpoint'
import { requireAccess } from '../http/requireAccess'

/** GET /api/ticketing/exports/invoices.csv?from=&to=&seller=&delimiter= — admin and finance: every invoice and credit note, streamed, for the accountant. */
export const invoicesCsvEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('get', '/ticketing/exports/invoices.csv', async (req) => {
    await requireAccess(req, config.access.canManageSales)
    const params = invoiceExportQuery.parse(Object.fromEntries(req.searchParams))
    const filters = {
      from: params.from ? new Date(params.from).toISOString() : undefined,
      sellerId: params.seller ? Number(params.seller) : undefined,
      to: params.to ? new Date(params.to).toISOString() : undefined,
    }
    const body = await csvStream(await openCopyCsv(req.payload, (literal) => invoicesCsvStatement(filters, params.delimiter ?? ',', literal)))
    return new Response(body, {
      headers: {
        'Content-Disposition': `attachment; filename="invoices-${new Date().toISOString().slice(0, 10)}.csv"`,
        'Content-Type': 'text/csv; charset=utf-8',
      },
    })
  })
