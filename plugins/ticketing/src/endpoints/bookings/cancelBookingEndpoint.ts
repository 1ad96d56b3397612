import type { Endpoint } from 'payload'

import { authorizeBooking } from '../../operations/bookings/authorizeBooking'
import { bookingView } from '../../operations/bookings/bookingView'
import { cancelBooking } from '../../operations/bookings/cancelBooking'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { defineEndpoint } from '../http/defineEndpoint'
import { staffBooking } from './staffBooking'

/**
 * POST /api/ticketing/bookings/:reference/cancel (bearer, or finance and admins signed in) — PENDING → CANCELLED, seats released
 * at once, PaymentIntent cancelled (operations/bookings/cancelBooking). A payment the provider already
 * took or is processing makes it 409; the provider unreachable makes it 503, booking untouched.
 */
export const cancelBookingEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/bookings/:reference/cancel', async (req) => {
    // Staff (the booking's admin page) cancel by reference; a visitor needs the booking's token.
    const bearer = /^Bearer\s/i.test(req.headers.get('authorization') ?? '')
    const staff = !bearer && Boolean(req.user) && (await config.access.canManageSales({ req }))
    const booking = staff ? await staffBooking(req) : await authorizeBooking(req, req.routeParams?.reference)
    const cancelled = await cancelBooking(req, booking, config.getGateway())
    return Response.json(await bookingView(req, cancelled))
  })
