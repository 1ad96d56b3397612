import type { PayloadRequest } from 'payload'

import { findPromoCode } from '../../db/promo/findPromoCode'
import { normalizePromoCode } from '../../domain/promo/normalizePromoCode'
import type { PromoCodeRecord } from '../../domain/promo/types'
import { consumeRateLimit, rateLimited, rateLimitKey } from '../../security/rateLimit'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { promoInvalid } from './promoInvalid'

export const PROMO_UNKNOWN_LIMIT = 'promo-unknown'

type Args = { client: string; config: SanitizedTicketingPluginConfig; raw: string; req: Pick<PayloadRequest, 'payload' | 'transactionID'> }

/**
 * The stored code a visitor typed, or 409 PROMO_INVALID `UNKNOWN`. Against guessing, each
 * UNKNOWN answer spends a point of the client's `promoUnknownPerIp` limit; once it is spent,
 * every code answer is 429 (a valid code included, so the answers stop telling codes apart).
 */
export const resolvePromoCode = async ({ client, config, raw, req }: Args): Promise<PromoCodeRecord> => {
  const rule = config.rateLimits.promoUnknownPerIp
  // The guard's points and the code in one round trip: every booking with a code pays it.
  const { found, refusedForMs } = await findPromoCode(req, normalizePromoCode(raw) ?? '', { key: rateLimitKey(PROMO_UNKNOWN_LIMIT, client), maxPoints: rule.points })
  if (refusedForMs !== null) throw rateLimited(refusedForMs)
  if (found) return found
  await consumeRateLimit(req.payload, PROMO_UNKNOWN_LIMIT, client, rule)
  throw promoInvalid('UNKNOWN')
}
