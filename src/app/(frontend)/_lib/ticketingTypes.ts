import type { QuoteView } from '@masterclass/plugin-ticketing/types'

/** The quote the ticketing API answers, as the plugin declares it: money in minor units of `currency`. */
export type Quote = QuoteView

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
