import type { Endpoint, PayloadRequest } from 'payload'

import { withTransaction } from '../../db/withTransaction'
import { ERROR_CODES, TicketingError } from '../../errors'
import { createBooking } from '../../operations/createBooking'
import { bookingInput, type BookingInput } from '../../schemas/bookingInput'
import { captchaEnabled, verifyCaptcha } from '../../security/captcha'
import { claimIdempotencyKey, storeIdempotentResponse } from '../../security/idempotency'
import { consumeRateLimit } from '../../security/rateLimit'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { clientIp, UNKNOWN_CLIENT } from '../http/clientIp'
import { defineEndpoint } from '../http/defineEndpoint'
import { readJsonBody } from '../http/readJsonBody'

/** POST /api/ticketing/bookings — hold seats and create a PENDING booking (SPEC §8). */
export const createBookingEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/bookings', async (req) => {
    const body = await readJsonBody(req)
    const ip = clientIp(req.headers, config.trustedProxyCount)
    const { bookingPerEmail, bookingPerIp, unknownClientFactor } = config.rateLimits
    const ipRule = ip === UNKNOWN_CLIENT ? { ...bookingPerIp, points: bookingPerIp.points * unknownClientFactor } : bookingPerIp
    await consumeRateLimit(req.payload, 'booking-ip', ip, ipRule)
    const input = bookingInput.parse(body)

    const create = async (request: PayloadRequest, data: BookingInput) => {
      if (captchaEnabled(config)) await verifyCaptcha(request, data.captcha)
      await consumeRateLimit(request.payload, 'booking-email', data.buyer.email, bookingPerEmail)
      const { accessToken, booking } = await createBooking({ config, input: data, req: request })
      const { id: _id, ...view } = booking
      return { ...view, accessToken }
    }

    const key = req.headers.get('idempotency-key')?.trim()
    if (!key) return Response.json(await create(req, input), { status: 201 })
    if (key.length > 255) {
      throw new TicketingError(ERROR_CODES.VALIDATION, 400, 'The Idempotency-Key header is at most 255 characters.', { fields: { 'Idempotency-Key': ['Too long.'] } })
    }
    // The key is claimed in the same transaction as the booking: a retry waits for the first
    // request, then replays its answer (a double-click never holds seats twice).
    return withTransaction(req, async () => {
      const replay = await claimIdempotencyKey(req, 'booking', key, body)
      if (replay) return Response.json(replay.body, { headers: { 'Idempotent-Replayed': 'true' }, status: replay.status })
      const created = await create(req, input)
      await storeIdempotentResponse(req, 'booking', key, { body: created, status: 201 })
      return Response.json(created, { status: 201 })
    })
  })
