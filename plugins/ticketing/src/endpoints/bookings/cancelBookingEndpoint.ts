import type { Endpoint } from 'payload'

import { authorizeBooking } from '../../operations/authorizeBooking'
import { bookingView } from '../../operations/bookingView'
import { cancelBooking } from '../../operations/cancelBooking'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { defineEndpoint } from '../http/defineEndpoint'

/**
 * POST /api/ticketing/bookings/:reference/cancel — PENDING → CANCELLED, seats released at once,
 * then its PaymentIntent cancelled at Stripe (a failure there is logged and the expiry job
 * closes it later). A payment Stripe already took or is processing makes it 409; Stripe
 * unreachable makes it 503 with the booking untouched.
 */
export const cancelBookingEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/bookings/:reference/cancel', async (req) => {
    const booking = await authorizeBooking(req, req.routeParams?.reference)
    const gateway = config.getGateway()
    const cancelled = await cancelBooking(req, booking, gateway)
    if (booking.status === 'PENDING' && cancelled.paymentIntentId && gateway) {
      await gateway.cancelPaymentIntent(cancelled.paymentIntentId).catch((error: unknown) =>
        req.payload.logger.warn({ bookingId: booking.id, err: error instanceof Error ? error.message : String(error) }, 'ticketing: could not cancel the PaymentIntent of a cancelled booking'),
      )
    }
    return Response.json(await bookingView(req, cancelled))
  })
