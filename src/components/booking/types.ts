/** Shapes of the ticketing API answers the booking pages read (SPEC §8). Money in minor units. */
export type TicketType = 'EARLY_BIRD' | 'GROUP' | 'REGULAR'

export type Quote = {
  currency: string
  discount: number
  earlyBirdEndsAt: null | string
  eventId: number
  eventStatus: string
  quantity: number
  seatsAvailable: number
  subtotal: number
  ticketType: TicketType
  total: number
  unitPrice: number
}

export type CreatedBooking = {
  accessToken: string
  currency: string
  expiresAt: null | string
  paymentStatus: string
  reference: string
  status: string
  total: number
}

export type BookingView = {
  amountRefunded: number
  attendees: { email: null | string; name: string; ticketCode: null | string }[]
  buyer: { email: string; name: string; phone: null | string }
  confirmedAt: null | string
  createdAt: string
  currency: string
  discount: number
  event: null | {
    id: number
    city: string
    endsAt: null | string
    slug: string
    startsAt: string
    timezone: string
    title: string
    venueName: null | string
  }
  expiresAt: null | string
  paymentStatus: string
  quantity: number
  reference: string
  status: string
  subtotal: number
  ticketType: TicketType
  total: number
  unitPrice: number
}

export type PaymentIntentView = {
  amount: number
  clientSecret: string
  currency: string
  paymentIntentId: string
  publishableKey: string
}

/** The event facts the booking form needs besides prices (prices always come from a quote). */
export type BookableEvent = {
  city: string
  groupDiscountPercent: null | number
  groupMinimum: null | number
  maxPerBooking: number
  slug: string
  startsAt: string
  timezone: string
  title: string
  venueName: null | string
}

/** What the test panel can make of a payment on the local emulator. */
export type TestOutcome = 'decline' | 'pending' | 'succeed'
