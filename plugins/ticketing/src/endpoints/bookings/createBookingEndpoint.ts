import type { Endpoint } from 'payload'

import { ERROR_CODES, TicketingError } from '../../errors'
import { type BookSeatsResult, bookSeats } from '../../operations/bookings/bookSeats'
import { bookingInput } from '../../validation/bookingInput'
import { RateLimitBudget } from '../../security/rateLimit'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { clientIp, UNKNOWN_CLIENT } from '../http/clientIp'
import { defineEndpoint } from '../http/defineEndpoint'
import { readJsonBody } from '../http/readJsonBody'

/** POST /api/ticketing/bookings — hold seats and create a PENDING booking. */
export const createBookingEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/bookings', async (req) => {
    // Every request spends a point of the per-address limit, bad ones included: a booking in
    // its hold statement, any other on its way out, where being over the limit answers 429
    // instead of the request's own error.
    const ip = clientIp(req.headers, config.trustedProxyCount)
    const { bookingPerIp, unknownClientFactor } = config.rateLimits
    const ipRule = ip === UNKNOWN_CLIENT ? { ...bookingPerIp, points: bookingPerIp.points * unknownClientFactor } : bookingPerIp
    const limits = new RateLimitBudget()
    limits.add({ key: ip, name: 'booking-ip', rule: ipRule })
    let result: BookSeatsResult
    try {
      const body = await readJsonBody(req)
      const input = bookingInput.parse(body)
      const idempotencyKey = req.headers.get('idempotency-key')?.trim() || undefined
      if (idempotencyKey && idempotencyKey.length > 255) {
        throw new TicketingError(ERROR_CODES.VALIDATION, 400, 'The Idempotency-Key header is at most 255 characters.', { fields: { 'Idempotency-Key': ['Too long.'] } })
      }
      result = await bookSeats({ body, client: ip, config, idempotencyKey, input, limits, req })
    } catch (error) {
      await limits.settle(req.payload)
      throw error
    }
    await limits.settle(req.payload)
    return Response.json(result.body, { headers: result.replayed ? { 'Idempotent-Replayed': 'true' } : undefined, status: result.status })
  })
