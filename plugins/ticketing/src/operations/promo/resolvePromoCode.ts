import type { PayloadRequest } from 'payload'

import { processMemory } from '../../db/core/processMemory'
import { findPromoCode, type GuessGuard, type StoredPromoCode } from '../../db/promo/findPromoCode'
import { normalizePromoCode } from '../../domain/promo/normalizePromoCode'
import { consumeRateLimit, rateLimited, rateLimitKey } from '../../security/rateLimit'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { promoInvalid } from './promoInvalid'

export const PROMO_UNKNOWN_LIMIT = 'promo-unknown'

type Args = { client: string; config: SanitizedTicketingPluginConfig; raw: string; req: Pick<PayloadRequest, 'payload' | 'transactionID'> }

const guardOf = (client: string, config: SanitizedTicketingPluginConfig): GuessGuard => ({
  key: rateLimitKey(PROMO_UNKNOWN_LIMIT, client),
  maxPoints: config.rateLimits.promoUnknownPerIp.points,
})

/**
 * The stored code a visitor typed, or 409 PROMO_INVALID `UNKNOWN`. Against guessing, each
 * UNKNOWN answer spends a point of the client's `promoUnknownPerIp` limit; once it is spent,
 * every code answer is 429 (a valid code included, so the answers stop telling codes apart).
 */
export const resolvePromoCode = async ({ client, config, raw, req }: Args): Promise<StoredPromoCode> => {
  // The guard's points and the code in one round trip.
  const { found, refusedForMs } = await findPromoCode(req, normalizePromoCode(raw) ?? '', guardOf(client, config))
  if (refusedForMs !== null) throw rateLimited(refusedForMs)
  if (found) return found
  await consumeRateLimit(req.payload, PROMO_UNKNOWN_LIMIT, client, config.rateLimits.promoUnknownPerIp)
  throw promoInvalid('UNKNOWN')
}

const remembered = processMemory<StoredPromoCode>(2_000)

/** A code for a booking: where it came from, and the client's guard, which the hold statement checks. */
export type BookingPromo = { code: StoredPromoCode; fromCache: boolean; guard: GuessGuard }

/**
 * The code a visitor books with. A code found in the last 2 seconds is taken from this process's
 * memory, so a rush with one code costs no extra round trip per booking: the hold statement
 * checks the client's guard itself, and takes the seats only while the code is still the version
 * priced (db/bookings/insertBooking), so an edit in between is never charged. If the hold fails
 * on a remembered code, createBooking asks again with `fresh`. Unknown codes are never
 * remembered: each costs its guard point, as in resolvePromoCode.
 */
export const promoCodeForBooking = async (args: Args & { fresh?: boolean }): Promise<BookingPromo> => {
  const guard = guardOf(args.client, args.config)
  const key = normalizePromoCode(args.raw) ?? ''
  const hit = args.fresh ? undefined : remembered.get(args.req.payload, key)
  if (hit) return { code: hit, fromCache: true, guard }
  const code = await resolvePromoCode(args)
  remembered.set(args.req.payload, key, code)
  return { code, fromCache: false, guard }
}
