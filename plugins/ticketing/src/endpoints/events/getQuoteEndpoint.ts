import type { Endpoint } from 'payload'

import { ERROR_CODES, TicketingError } from '../../errors'
import { loadEvent } from '../../operations/bookings/loadSellableEvent'
import { quoteView } from '../../operations/events/quoteView'
import { priceWithPromo } from '../../operations/promo/priceWithPromo'
import { resolvePromoCode } from '../../operations/promo/resolvePromoCode'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { clientIp } from '../http/clientIp'
import { defineEndpoint } from '../http/defineEndpoint'

/**
 * GET /api/ticketing/events/:idOrSlug/quote?quantity=N[&promoCode=CODE] — the server's price for
 * N seats now, with the code's discount when one is given (409 PROMO_INVALID with its reason
 * when it cannot apply). Answers 200 for any valid quantity, with live `seatsAvailable` (a page
 * can say "only 2 left").
 */
export const getQuoteEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('get', '/ticketing/events/:idOrSlug/quote', async (req) => {
    const now = new Date()
    const raw = req.searchParams.get('quantity') ?? '1'
    const quantity = /^\d{1,6}$/.test(raw.trim()) ? Number(raw) : Number.NaN
    const event = await loadEvent(req, String(req.routeParams?.idOrSlug ?? ''), { cache: 'live', locale: req.searchParams.get('locale') ?? undefined, mustSell: false, now })
    const code = req.searchParams.get('promoCode')?.trim()
    const promo = code ? await resolvePromoCode({ client: clientIp(req.headers, config), config, raw: code, req }) : null
    const priced = priceWithPromo({ event, now, promo, quantity })
    if (!priced.ok) {
      throw new TicketingError(ERROR_CODES.VALIDATION, 400, priced.message, { fields: { quantity: [priced.message] } })
    }
    return Response.json(quoteView(event, priced.quote))
  })
