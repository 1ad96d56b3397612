import type { Quote } from '../../domain/pricing/types'
import { ERROR_CODES, TicketingError } from '../../errors'

/**
 * The fields a new booking gets from its quote: prices, and the status a free booking
 * starts in (CONFIRMED/PAID at once) or a paid one (a PENDING hold).
 */
export const newBookingState = (q: Quote) => {
  const free = q.total === 0
  return {
    currency: q.currency,
    discount: q.discount,
    promoCode: q.promoCode,
    promoDiscount: q.promoDiscount,
    paymentStatus: free ? ('PAID' as const) : ('PENDING' as const),
    quantity: q.quantity,
    status: free ? ('CONFIRMED' as const) : ('PENDING' as const),
    subtotal: q.subtotal,
    ticketType: q.ticketType,
    total: q.total,
    unitPrice: q.unitPrice,
  }
}

/** 409 SOLD_OUT when nothing is left, else INSUFFICIENT_SEATS; both say how many seats remain. */
export const seatsUnavailable = (left: number) =>
  left > 0
    ? new TicketingError(ERROR_CODES.INSUFFICIENT_SEATS, 409, `Only ${left} seats are left.`, { seatsAvailable: left })
    : new TicketingError(ERROR_CODES.SOLD_OUT, 409, 'This event is sold out.', { seatsAvailable: 0 })
