import type { Endpoint } from 'payload'

import { ERROR_CODES, TicketingError } from '../../errors'
import { bookSeats } from '../../operations/bookSeats'
import { bookingInput } from '../../schemas/bookingInput'
import { consumeRateLimit } from '../../security/rateLimit'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { clientIp, UNKNOWN_CLIENT } from '../http/clientIp'
import { defineEndpoint } from '../http/defineEndpoint'
import { readJsonBody } from '../http/readJsonBody'

/** POST /api/ticketing/bookings — hold seats and create a PENDING booking (SPEC §8). */
export const createBookingEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/bookings', async (req) => {
    const body = await readJsonBody(req)
    // The per-address limit comes first: it also guards the parsing of unwanted bodies.
    const ip = clientIp(req.headers, config.trustedProxyCount)
    const { bookingPerIp, unknownClientFactor } = config.rateLimits
    const ipRule = ip === UNKNOWN_CLIENT ? { ...bookingPerIp, points: bookingPerIp.points * unknownClientFactor } : bookingPerIp
    await consumeRateLimit(req.payload, 'booking-ip', ip, ipRule)
    const input = bookingInput.parse(body)
    const idempotencyKey = req.headers.get('idempotency-key')?.trim() || undefined
    if (idempotencyKey && idempotencyKey.length > 255) {
      throw new TicketingError(ERROR_CODES.VALIDATION, 400, 'The Idempotency-Key header is at most 255 characters.', { fields: { 'Idempotency-Key': ['Too long.'] } })
    }
    const result = await bookSeats({ body, config, idempotencyKey, input, req })
    return Response.json(result.body, { headers: result.replayed ? { 'Idempotent-Replayed': 'true' } : undefined, status: result.status })
  })
