import { callTicketing } from './callTicketing'
import type { Quote } from './ticketingTypes'

/** The server's quote for `quantity` seats of an event, or null when it has none (unknown or draft event). */
export const getQuote = async (slug: string, quantity = 1): Promise<null | Quote> => {
  const { body, status } = await callTicketing<Quote>('/ticketing/events/:idOrSlug/quote', {
    params: { idOrSlug: slug },
    query: { quantity: String(quantity) },
  })
  return status === 200 ? body : null
}
