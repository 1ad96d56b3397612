/** The quote the ticketing API answers (SPEC §8): money in minor units of `currency`. */
export type Quote = {
  currency: string
  discount: number
  earlyBirdEndsAt: null | string
  eventId: number
  eventStatus: string
  quantity: number
  seatsAvailable: number
  subtotal: number
  ticketType: 'EARLY_BIRD' | 'GROUP' | 'REGULAR'
  total: number
  unitPrice: number
}

/** One entry of `GET /api/ticketing/events`. */
export type PublicEvent = {
  id: number
  capacity: number
  city: string
  country: string
  currency: string
  earlyBirdDeadline: null | string
  earlyBirdPrice: null | number
  endsAt: null | string
  groupDiscountPercent: null | number
  groupMinimum: null | number
  maxPerBooking: number
  quote: null | Quote
  regularPrice: number
  salesOpen: boolean
  seatsAvailable: number
  slug: string
  startsAt: string
  status: string
  timezone: string
  title: string
  venueAddress: null | string
  venueName: null | string
}
