import type { Endpoint } from 'payload'

import { bookingsCsv } from '../../operations/reports/bookingsCsv'
import { eventLocales } from '../../operations/events/eventLocales'
import { exportQuery } from '../../validation/exportQuery'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { defineEndpoint } from '../http/defineEndpoint'
import { requireAccess } from '../http/requireAccess'

/** GET /api/ticketing/exports/bookings.csv?event=&status=&from=&to=&delimiter=; — admin and finance. */
export const bookingsCsvEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('get', '/ticketing/exports/bookings.csv', async (req) => {
    await requireAccess(req, config.access.canManageSales)
    const params = exportQuery.parse(Object.fromEntries(req.searchParams))
    const filters = {
      eventId: params.event ? Number(params.event) : undefined,
      from: params.from ? new Date(params.from).toISOString() : undefined,
      status: params.status,
      to: params.to ? new Date(params.to).toISOString() : undefined,
    }
    const { locale } = eventLocales(req, params.locale)
    const day = new Date().toISOString().slice(0, 10)
    const body = await bookingsCsv(req, { delimiter: params.delimiter ?? ',', filters, locale })
    return new Response(body, {
      headers: {
        'Content-Disposition': `attachment; filename="bookings-${day}.csv"`,
        'Content-Type': 'text/csv; charset=utf-8',
      },
    })
  })
