import type { Endpoint } from 'payload'

import { authorizeBooking } from '../../operations/bookings/authorizeBooking'
import { bookingView } from '../../operations/bookings/bookingView'
import { cancelBooking } from '../../operations/bookings/cancelBooking'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { defineEndpoint } from '../http/defineEndpoint'

/**
 * POST /api/ticketing/bookings/:reference/cancel (bearer) — PENDING → CANCELLED, seats released
 * at once, PaymentIntent cancelled (operations/bookings/cancelBooking). A payment the provider already
 * took or is processing makes it 409; the provider unreachable makes it 503, booking untouched.
 */
export const cancelBookingEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/bookings/:reference/cancel', async (req) => {
    const booking = await authorizeBooking(req, req.routeParams?.reference)
    const cancelled = await cancelBooking(req, booking, config.getGateway())
    return Response.json(await bookingView(req, cancelled))
  })
