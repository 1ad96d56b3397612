import type { TicketType } from '@masterclass/plugin-ticketing/domain'

/** Shapes of the ticketing API answers the booking pages read. Money in minor units. */
export type { TicketType } from '@masterclass/plugin-ticketing/domain'
export type { Quote } from '@/app/(frontend)/_lib/ticketingTypes'

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
  attendees: { email: null | string; name: string; qr?: null | string; ticketCode: null | string }[]
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
  /** The promo code applied, or null, and what it took off. */
  promoCode?: null | string
  promoDiscount: number
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
