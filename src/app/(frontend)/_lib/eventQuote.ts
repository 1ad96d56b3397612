import { quote } from '@masterclass/plugin-ticketing/domain'

import type { CityEvent } from '@/payload-types'

import { getQuote } from './getQuote'
import type { Quote } from './ticketingTypes'

/**
 * The server's 1-seat quote for an event page. A draft (seen only by editors in live preview)
 * has no public quote: the plugin's own pricing rule prices its stored prices, so the preview
 * shows what visitors will be charged once it is published.
 */
export const eventQuote = async (event: CityEvent, now = new Date()): Promise<Quote> => {
  const live = event.status === 'DRAFT' ? null : await getQuote(event.slug, 1)
  if (live) return live
  const priced = draftQuote(event, now)
  return {
    currency: event.currency,
    discount: 0,
    earlyBirdEndsAt: priced?.earlyBirdEndsAt ?? null,
    eventId: event.id,
    eventStatus: event.status,
    promoCode: null,
    promoDiscount: 0,
    quantity: 1,
    seatsAvailable: event.seatsAvailable ?? event.capacity,
    subtotal: priced?.unitPrice ?? event.regularPrice,
    ticketType: priced?.ticketType ?? 'REGULAR',
    total: priced?.unitPrice ?? event.regularPrice,
    unitPrice: priced?.unitPrice ?? event.regularPrice,
  }
}

/** One seat of a draft, priced by the plugin (null when its prices are still inconsistent). */
const draftQuote = (event: CityEvent, now: Date) => {
  try {
    const priced = quote({ event: { ...event, maxPerBooking: Math.max(1, event.maxPerBooking ?? 1) }, now, quantity: 1 })
    return priced.ok ? priced.quote : null
  } catch {
    return null
  }
}
