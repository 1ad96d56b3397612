import type { CollectionSlug } from 'payload'

export const defaults = {
  currencies: ['EUR', 'CAD'],
  holdMinutes: 15,
  maxPerBooking: 10,
  mediaCollection: 'media',
  rateLimits: {
    bookingPerEmail: { durationSeconds: 3600, points: 10 },
    bookingPerIp: { durationSeconds: 600, points: 30 },
    paymentIntentPerIp: { durationSeconds: 600, points: 60 },
    promoUnknownPerIp: { durationSeconds: 600, points: 20 },
    resendConfirmationPerBooking: { durationSeconds: 3600, points: 20 },
    unknownClientFactor: 10,
  },
  referencePrefix: 'TK',
  retentionMonths: 36,
  waitlistOfferHours: 24,
  roles: { admin: 'admin', editor: 'editor', finance: 'finance' },
  rolesField: 'roles',
  slugs: {
    attendees: 'attendees',
    auditLog: 'audit-log',
    bookingEmails: 'booking-emails',
    bookingPayments: 'booking-payments',
    bookings: 'bookings',
    cityEvents: 'city-events',
    promoCodes: 'promo-codes',
    waitlistEntries: 'waitlist-entries',
    stripeEvents: 'stripe-events',
    users: 'users',
  },
} as const

/** Collection slugs by role; typed as `CollectionSlug` so Local API calls accept them in any host config. */
export type TicketingSlugs = { -readonly [K in keyof typeof defaults.slugs]: CollectionSlug }
