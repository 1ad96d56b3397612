import type { Endpoint } from 'payload'

import { withTransaction } from '../../db/core/withTransaction'
import { joinEventWaitlist } from '../../operations/waitlist/joinEventWaitlist'
import { captchaEnabled, verifyCaptcha } from '../../security/captcha'
import { consumeRateLimit } from '../../security/rateLimit'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { waitlistInput } from '../../validation/waitlistInput'
import { clientIp, UNKNOWN_CLIENT } from '../http/clientIp'
import { defineEndpoint } from '../http/defineEndpoint'
import { readJsonBody } from '../http/readJsonBody'

/**
 * POST /api/ticketing/events/:idOrSlug/waitlist (public) — join the waiting list of a sold-out
 * event, with the booking's guards: the per-address and per-email rate limits (the same rules,
 * their own buckets), then the captcha. 201 `{token, position, quantity, status: "WAITING"}`.
 */
export const joinWaitlistEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/events/:idOrSlug/waitlist', async (req) => {
    const ip = clientIp(req.headers, config)
    const { bookingPerEmail, bookingPerIp, unknownClientFactor } = config.rateLimits
    await consumeRateLimit(req.payload, 'waitlist-ip', ip, ip === UNKNOWN_CLIENT ? { ...bookingPerIp, points: bookingPerIp.points * unknownClientFactor } : bookingPerIp)
    const input = waitlistInput.parse(await readJsonBody(req))
    await consumeRateLimit(req.payload, 'waitlist-email', input.email, bookingPerEmail)
    if (captchaEnabled(config)) await verifyCaptcha(req, input.captcha)
    const joined = await withTransaction(req, () => joinEventWaitlist({ config, idOrSlug: String(req.routeParams?.idOrSlug ?? ''), input, req }))
    return Response.json(joined, { status: 201 })
  })
