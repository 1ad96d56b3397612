import type { Endpoint } from 'payload'

import { ERROR_CODES, TicketingError } from '../../errors'
import { authorizeBooking } from '../../operations/bookings/authorizeBooking'
import { ensurePaymentIntent } from '../../operations/payments/ensurePaymentIntent'
import { consumeRateLimit } from '../../security/rateLimit'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { clientIp, UNKNOWN_CLIENT } from '../http/clientIp'
import { defineEndpoint } from '../http/defineEndpoint'

/** POST /api/ticketing/bookings/:reference/payment-intent — the booking's one PaymentIntent (bearer). */
export const paymentIntentEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/bookings/:reference/payment-intent', async (req) => {
    const ip = clientIp(req.headers, config)
    const { paymentIntentPerIp: rule, unknownClientFactor } = config.rateLimits
    await consumeRateLimit(req.payload, 'payment-intent-ip', ip, ip === UNKNOWN_CLIENT ? { ...rule, points: rule.points * unknownClientFactor } : rule)
    const booking = await authorizeBooking(req, req.routeParams?.reference)
    const gateway = config.getGateway()
    if (!gateway) throw new TicketingError(ERROR_CODES.PAYMENT_PROVIDER_UNAVAILABLE, 503, 'Payments are not configured.', {}, { 'Retry-After': '60' })
    return Response.json(await ensurePaymentIntent({ booking, gateway, req }))
  })
