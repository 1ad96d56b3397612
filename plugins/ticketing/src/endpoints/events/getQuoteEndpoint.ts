import type { Endpoint } from 'payload'

import { quote } from '../../domain/pricing/quote'
import { ERROR_CODES, TicketingError } from '../../errors'
import { loadEvent } from '../../operations/bookings/loadSellableEvent'
import { quoteView } from '../../operations/events/quoteView'
import { defineEndpoint } from '../http/defineEndpoint'

/**
 * GET /api/ticketing/events/:idOrSlug/quote?quantity=N — the server's price for N seats now.
 * Answers 200 for any valid quantity, with live `seatsAvailable` (a page can say "only 2 left").
 */
export const getQuoteEndpoint = (): Endpoint =>
  defineEndpoint('get', '/ticketing/events/:idOrSlug/quote', async (req) => {
    const now = new Date()
    const raw = req.searchParams.get('quantity') ?? '1'
    const quantity = /^\d{1,6}$/.test(raw.trim()) ? Number(raw) : Number.NaN
    const event = await loadEvent(req, String(req.routeParams?.idOrSlug ?? ''), { cache: 'live', locale: req.searchParams.get('locale') ?? undefined, mustSell: false, now })
    const priced = quote({ event, now, quantity })
    if (!priced.ok) {
      throw new TicketingError(ERROR_CODES.VALIDATION, 400, priced.message, { fields: { quantity: [priced.message] } })
    }
    return Response.json(quoteView(event, priced.quote))
  })
