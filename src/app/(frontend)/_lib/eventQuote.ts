import type { CityEvent } from '@/payload-types'

import { getQuote } from './getQuote'
import type { Quote } from './ticketingTypes'

/**
 * The server's 1-seat quote for an event page. A draft (seen only by editors in live preview)
 * has no public quote: its stored prices stand in, so the preview shows them.
 */
export const eventQuote = async (event: CityEvent, now = new Date()): Promise<Quote> => {
  const live = event.status === 'DRAFT' ? null : await getQuote(event.slug, 1)
  if (live) return live
  const earlyBird = Boolean(event.earlyBirdPrice && event.earlyBirdDeadline && now <= new Date(event.earlyBirdDeadline))
  const unitPrice = earlyBird ? (event.earlyBirdPrice as number) : event.regularPrice
  return {
    currency: event.currency,
    discount: 0,
    earlyBirdEndsAt: earlyBird ? (event.earlyBirdDeadline as string) : null,
    eventId: event.id,
    eventStatus: event.status,
    quantity: 1,
    seatsAvailable: event.seatsAvailable ?? event.capacity,
    subtotal: unitPrice,
    ticketType: earlyBird ? 'EARLY_BIRD' : 'REGULAR',
    total: unitPrice,
    unitPrice,
  }
}
