import type { Endpoint } from 'payload'

import { authorizeBooking } from '../../operations/bookings/authorizeBooking'
import { bookingDocuments } from '../../operations/invoices/bookingDocuments'
import { defineEndpoint } from '../http/defineEndpoint'

/**
 * GET /api/ticketing/bookings/:reference/documents (bearer or view token) — `{invoices, certificates,
 * tickets}`, each PDF behind a download link signed for 15 minutes.
 */
export const bookingDocumentsEndpoint = (): Endpoint =>
  defineEndpoint('get', '/ticketing/bookings/:reference/documents', async (req) => {
    const booking = await authorizeBooking(req, req.routeParams?.reference)
    return Response.json(await bookingDocuments(req, booking))
  })
