import type { Endpoint } from 'payload'

import { authorizeBooking } from '../../operations/bookings/authorizeBooking'
import { bookingView } from '../../operations/bookings/bookingView'
import { defineEndpoint } from '../http/defineEndpoint'

/** GET /api/ticketing/bookings/:reference — the buyer's own booking, with its bearer access token. */
export const getBookingEndpoint = (): Endpoint =>
  defineEndpoint('get', '/ticketing/bookings/:reference', async (req) => {
    const booking = await authorizeBooking(req, req.routeParams?.reference)
    return Response.json(await bookingView(req, booking))
  })
