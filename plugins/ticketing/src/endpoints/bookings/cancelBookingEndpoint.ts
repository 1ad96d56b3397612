import type { Endpoint } from 'payload'

import { authorizeBooking } from '../../operations/authorizeBooking'
import { bookingView } from '../../operations/bookingView'
import { cancelBooking } from '../../operations/cancelBooking'
import { defineEndpoint } from '../http/defineEndpoint'

/** POST /api/ticketing/bookings/:reference/cancel — PENDING → CANCELLED, seats released at once. */
export const cancelBookingEndpoint = (): Endpoint =>
  defineEndpoint('post', '/ticketing/bookings/:reference/cancel', async (req) => {
    const booking = await authorizeBooking(req, req.routeParams?.reference)
    const cancelled = await cancelBooking(req, booking)
    return Response.json(await bookingView(req, cancelled))
  })
