import type { CollectionSlug } from 'payload'

export const defaults = {
  currencies: ['EUR', 'CAD'],
  holdMinutes: 15,
  maxHeldSeatsPerClient: 30,
  maxPerBooking: 10,
  mediaCollection: 'media',
  rateLimits: {
    bookingPerEmail: { durationSeconds: 3600, points: 10 },
    checkInPerUser: { durationSeconds: 60, points: 600 },
    bookingPerIp: { durationSeconds: 600, points: 30 },
    loginPerAccount: { durationSeconds: 3600, points: 100 },
    loginPerAccountAndIp: { durationSeconds: 900, points: 5 },
    loginPerIp: { durationSeconds: 900, points: 20 },
    paymentIntentPerIp: { durationSeconds: 600, points: 60 },
    promoUnknownPerIp: { durationSeconds: 600, points: 20 },
    resendConfirmationPerBooking: { durationSeconds: 3600, points: 20 },
    unknownClientFactor: 10,
  },
  referencePrefix: 'TK',
  retentionMonths: 36,
  waitlistOfferHours: 24,
  roles: { admin: 'admin', checkin: 'checkin', editor: 'editor', finance: 'finance' },
  rolesField: 'roles',
  slugs: {
    attendees: 'attendees',
    auditLog: 'audit-log',
    bookingEmails: 'booking-emails',
    bookingPayments: 'booking-payments',
    bookings: 'bookings',
    certificates: 'certificates',
    checkIns: 'check-ins',
    cityEvents: 'city-events',
    invoices: 'invoices',
    sellers: 'sellers',
    promoCodes: 'promo-codes',
    waitlistEntries: 'waitlist-entries',
    stripeEvents: 'stripe-events',
    users: 'users',
  },
} as const

/** Collection slugs by role; typed as `CollectionSlug` so Local API calls accept them in any host config. */
export type TicketingSlugs = { -readonly [K in keyof typeof defaults.slugs]: CollectionSlug }
