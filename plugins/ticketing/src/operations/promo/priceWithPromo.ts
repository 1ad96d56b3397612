import { quote, type QuoteResult } from '../../domain/pricing/quote'
import type { PricingEvent } from '../../domain/pricing/types'
import { checkPromoCode } from '../../domain/promo/checkPromoCode'
import type { PromoCodeRecord } from '../../domain/promo/types'
import { promoInvalid } from './promoInvalid'

type Args = { event: PricingEvent & { id: number }; now: Date; promo: null | PromoCodeRecord; quantity: unknown }

/**
 * The one pricing function with a stored code: the code's own conditions first (active, dates,
 * event, seats left), then the price with it. A valid quantity is needed to judge the code, so
 * a bad quantity is answered as without a code. Throws 409 PROMO_INVALID with the reason.
 */
export const priceWithPromo = ({ event, now, promo, quantity }: Args): QuoteResult => {
  if (!promo) return quote({ event, now, quantity })
  const plain = quote({ event, now, quantity })
  if (!plain.ok) return plain
  const refused = checkPromoCode(promo, { eventId: event.id, now, quantity: plain.quote.quantity })
  if (refused) throw promoInvalid(refused)
  const priced = quote({ event, now, promo: promo.rule, quantity })
  if (!priced.ok && priced.code === 'PROMO_INVALID' && priced.reason) throw promoInvalid(priced.reason)
  return priced
}
