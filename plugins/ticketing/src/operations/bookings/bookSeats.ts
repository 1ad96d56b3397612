import type { PayloadRequest } from 'payload'

import { withTransaction } from '../../db/core/withTransaction'
import { captchaWorkFactorOf } from '../../db/events/captchaWorkFactorOf'
import type { BookingInput } from '../../validation/bookingInput'
import { captchaEnabled, verifyCaptcha } from '../../security/captcha'
import { claimIdempotencyKey, storeIdempotentResponse } from '../../security/idempotency'
import type { RateLimitBudget } from '../../security/rateLimit'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { promoCodeForBooking } from '../promo/resolvePromoCode'
import { waitlistEntryByToken } from '../waitlist/waitlistEntryByToken'
import { createBooking } from './createBooking'

type Args = {
  /** The request body as received: a retry with the same key must send the same body. */
  body: unknown
  /** The client address (endpoints/http/clientIp): its unpaid seats are limited across events, and its promo-code guesses. */
  client: string
  config: SanitizedTicketingPluginConfig
  /** The visitor's Idempotency-Key (already checked for length), if any. */
  idempotencyKey?: string
  input: BookingInput
  /** The request's rate-limit points (per address so far): spent by the hold, or by the endpoint on the way out. */
  limits: RateLimitBudget
  req: PayloadRequest
}

/** What the visitor gets back: the booking's public view and its access token, with the HTTP status. */
export type BookSeatsResult = { body: Record<string, unknown>; replayed: boolean; status: number }

/**
 * A visitor's booking (POST /api/ticketing/bookings): captcha, then the hold, which also spends
 * the per-address and per-email rate-limit points in the same statement. With an
 * Idempotency-Key, the key is claimed in the same transaction as the booking: a retry waits for
 * the first request, then replays its answer (a double click never holds seats twice).
 */
export const bookSeats = async ({ body, client, config, idempotencyKey, input, limits, req }: Args): Promise<BookSeatsResult> => {
  const create = async () => {
    if (captchaEnabled(config)) await verifyCaptcha(req, input.captcha, await captchaWorkFactorOf(req, input.eventId))
    limits.add({ key: input.buyer.email, name: 'booking-email', rule: config.rateLimits.bookingPerEmail })
    const code = input.promoCode ? { client, config, raw: input.promoCode, req } : null
    const promo = code ? await promoCodeForBooking(code) : null
    const refreshPromo = code ? () => promoCodeForBooking({ ...code, fresh: true }) : undefined
    const offer = input.waitlistToken ? await waitlistEntryByToken(req, input.waitlistToken) : null
    const { accessToken, booking } = await createBooking({ client, config, input, limits, offerEntryId: offer?.id ?? null, promo, refreshPromo, req })
    const { id: _id, ...view } = booking
    return { ...view, accessToken }
  }
  if (!idempotencyKey) return { body: await create(), replayed: false, status: 201 }
  return withTransaction(req, async () => {
    const replay = await claimIdempotencyKey(req, 'booking', idempotencyKey, body)
    if (replay) return { body: replay.body as Record<string, unknown>, replayed: true, status: replay.status }
    const created = await create()
    await storeIdempotentResponse(req, 'booking', idempotencyKey, { body: created, status: 201 })
    return { body: created, replayed: false, status: 201 }
  })
}
