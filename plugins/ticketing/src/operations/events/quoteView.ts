import type { EventRecord } from '../../db/events/findEvents'
import type { Quote } from '../../domain/pricing/types'

/** The public shape of a quote (README: "HTTP API"; the `QuoteView` type of the /types export): prices in minor units plus live seats. */
export const quoteView = (event: EventRecord, q: Quote) => ({
  currency: q.currency,
  discount: q.discount,
  promoCode: q.promoCode,
  promoDiscount: q.promoDiscount,
  earlyBirdEndsAt: q.earlyBirdEndsAt,
  eventId: event.id,
  eventStatus: event.status,
  quantity: q.quantity,
  seatsAvailable: event.seatsAvailable,
  subtotal: q.subtotal,
  ticketType: q.ticketType,
  total: q.total,
  unitPrice: q.unitPrice,
})

export type QuoteView = ReturnType<typeof quoteView>
