import type { CollectionConfig, Payload, PayloadRequest } from 'payload'

import type { BookingRecord } from './db/bookings/findBookingByReference'
import type { EmailTextOption } from './email/emailText'

import type { RunTimeValue, StripeOptions } from './payments/stripe/stripeSettings'
import type { PaymentGateway } from './payments/types'

import type { TicketingSlugs } from './defaults'
import type { HostLocales } from './hostLocales'

/** Replaces a collection built by the plugin; receives the plugin's version to extend. */
export type CollectionOverride = (args: { defaultCollection: CollectionConfig }) => CollectionConfig

/** A yes/no access rule; the plugin composes these into collection and endpoint access. */
export type AccessCheck = (args: { req: PayloadRequest }) => boolean | Promise<boolean>

export type TicketingAccess = {
  /** Everything, including the Stripe event log. Default: role `admin`. */
  isAdmin: AccessCheck
  /** Create and edit events, read bookings without payment details. Default: `admin` or `editor`. */
  canManageEvents: AccessCheck
  /** Bookings, payments, refunds, exports. Default: `admin` or `finance`. */
  canManageSales: AccessCheck
  /** Dashboard and stats. Default: any of `admin`, `editor`, `finance`. */
  isStaff: AccessCheck
  /** Scan tickets at the door and look attendees up (and nothing else). Default: `admin` or `checkin`. */
  canCheckIn: AccessCheck
}

/** The plugin's staff roles; the default access rules are built on them. */
export type TicketingStaffRole = 'admin' | 'checkin' | 'editor' | 'finance'

/** Maps a signed-in user (the document of the host's auth collection) to the plugin roles it has. */
export type StaffRolesOf = (user: { [field: string]: unknown; id: number | string }) => readonly TicketingStaffRole[]

export type RateLimitRule = { points: number; durationSeconds: number }

export type TicketingRateLimits = {
  /** Booking creation per client IP. Default 30 per 10 minutes. */
  bookingPerIp: RateLimitRule
  /** Booking creation per buyer email. Default 10 per hour. */
  bookingPerEmail: RateLimitRule
  /** Failed staff logins per client IP, whatever the account. Default 20 per 15 minutes. */
  loginPerIp: RateLimitRule
  /** Failed staff logins per account from one client IP. Default 5 per 15 minutes. */
  loginPerAccountAndIp: RateLimitRule
  /** Failed staff logins per account from anywhere (guessing spread over many addresses). Default 100 per hour. */
  loginPerAccount: RateLimitRule
  /** PaymentIntent creation per client IP. Default 60 per 10 minutes. */
  paymentIntentPerIp: RateLimitRule
  /** Answers "this promo code does not exist" per client IP (against guessing codes); beyond, every code answer is 429. Default 20 per 10 minutes. */
  promoUnknownPerIp: RateLimitRule
  /** "Resend confirmation" per booking (staff action). Default 20 per hour. */
  resendConfirmationPerBooking: RateLimitRule
  /** Ticket scans per staff user. Default 600 a minute. */
  checkInPerUser: RateLimitRule
  /** Requests with no client address share one bucket whose limits are this many times higher. Default 10. */
  unknownClientFactor: number
}

/** A booking as a host hook receives it: read after the commit, so it is the state that was committed. */
export type TicketingBooking = Omit<BookingRecord, 'accessTokenHash'>

/** What every host hook receives; `req` has no open transaction any more. */
export type BookingHookArgs = { booking: TicketingBooking; req: PayloadRequest }

type Hook<Extra = object> = (args: BookingHookArgs & Extra) => Promise<void> | void

/**
 * Host code run after a booking changed, once the change is committed — never inside the
 * transaction, never able to undo it: a hook that throws is logged and the flow goes on.
 * Awaited one after the other, so keep them short (queue a job for slow work).
 */
export type TicketingHooks = {
  /** The booking became CONFIRMED: paid, free, or paid late while its seats were still there. */
  afterBookingConfirmed?: Hook
  /** The booking became CANCELLED: by its buyer, by its event's cancellation, or because its payment did not match it. */
  afterBookingCancelled?: Hook
  /** The hold ran out: the booking became EXPIRED and its seats went back on sale. */
  afterBookingExpired?: Hook
  /** Money went back to the buyer: `amount` (minor units) newly refunded; the booking is now PARTIALLY_REFUNDED or REFUNDED. */
  afterBookingRefunded?: Hook<{ amount: number }>
  /** A dispute on the payment was opened, won or lost (lost: the booking ends REFUNDED and its seats are released). */
  afterBookingDisputed?: Hook<{ disputeId: string; outcome: 'lost' | 'opened' | 'won' }>
}

/** An event's status changed, as PostgreSQL announced it once committed (null status: the event was deleted). */
export type EventStatusChange = { eventId: number; previousStatus: null | string; slug: null | string; status: null | string }

export type TicketingEmailOptions = {
  /**
   * Texts per email language, laid over the plugin's own: any group or string, e.g.
   * `{ en: { signOff: 'See you soon,\nThe Acme team', confirmation: { subject: (ref, title) => `Your seats for ${title}` } } }`.
   */
  text?: EmailTextOption
  /** Sender name on the From line. Default: the host's email adapter's `defaultFromName`. */
  senderName?: string
  /** PRODID of the calendar file attached to confirmations, e.g. `-//Acme//Tickets//EN`. Default `-//Ticketing//Booking//EN`. */
  calendarProductId?: string
  /**
   * The host's pages that emails link to. Each receives the site's address (`publicSiteUrl`), the
   * booking's language and reference; the plugin appends the signed view token (`#t=…`).
   * Defaults: `{siteUrl}/bookings/{reference}` and `{siteUrl}/bookings/{reference}/pay`.
   */
  pages?: {
    booking?: (page: TicketingEmailPage) => string
    /** The public page that checks a certificate (`code` is its verification code); default `<site>/certificates/<number>?c=<code>`. */
    certificate?: (page: { code: string; locale: string; number: string; siteUrl: string }) => string
    payment?: (page: TicketingEmailPage) => string
  }
}

/** What a link in an email is made from. */
export type TicketingEmailPage = { locale: string; reference: string; siteUrl: string }

export type TicketingPluginConfig = {
  /** Keeps the collections (the schema never changes) but drops endpoints, jobs and admin UI. */
  disabled?: boolean
  /** Booking reference prefix, e.g. `TK` → `TK2026-7KQ3XP` (the default). Upper-case letters and digits, 1–10. */
  referencePrefix?: string
  /** Default hold length for new events, 1–120 minutes. Default 15. */
  holdMinutes?: number
  /** Default seats per booking for new events. Default 10. */
  maxPerBooking?: number
  /**
   * Unpaid seats one client address may hold at once, across events (default 30); beyond, a
   * booking is refused with 409 HOLD_LIMIT until the client pays or cancels. A buyer email holds
   * at most the event's `maxPerBooking` unpaid seats per event.
   */
  maxHeldSeatsPerClient?: number
  /** ISO 4217 currencies an event may use. Default `['EUR', 'CAD']`. */
  currencies?: string[]
  /** Upload collection for event images, or `false` for none. Default `media` when it exists. */
  mediaCollection?: false | string
  /** Auth collection of staff users. Default `users`. */
  usersCollection?: string
  /** Field on the user that holds an array of role names. Default `roles`. */
  rolesField?: string
  /** Role names used by the default access rules. */
  roles?: { admin?: string; checkin?: string; editor?: string; finance?: string }
  /**
   * The plugin roles of a signed-in user, for hosts that do not keep an array of role names,
   * e.g. `(user) => ({ owner: ['admin'], accountant: ['finance'] })[user.position as string] ?? []`.
   * Replaces `rolesField` and `roles`. Default: the names in `rolesField` mapped through `roles`.
   */
  staffRoles?: StaffRolesOf
  /** Replace any of the default access rules. */
  access?: Partial<TicketingAccess>
  /** Change a collection the plugin adds (its slug stays the contract). */
  collections?: Partial<Record<keyof TicketingSlugs, CollectionOverride>>
  /** Rate limits, stored in PostgreSQL so they hold across app processes. */
  rateLimits?: Partial<TicketingRateLimits>
  /**
   * Proof-of-work captcha (ALTCHA) on bookings and waiting-list joins: on by default (`'auto'`
   * or `true`); `false` turns it off. A function is asked at each request (the site turns it off
   * in development and tests from its environment).
   */
  captcha?: 'auto' | (() => boolean) | boolean
  /**
   * Proxies in front of the app that each append to X-Forwarded-For; the client IP is the address
   * the last of them saw. Default 0: no proxy, the socket's address.
   */
  trustedProxyCount?: number
  /** `x-real-ip` when the proxy in front sends the client's address in X-Real-IP. Default `x-forwarded-for`. */
  trustedProxyHeader?: 'x-forwarded-for' | 'x-real-ip'
  /**
   * Stripe keys and API address (`secretKey`, `webhookSecret`, `publishableKey`, `apiBaseUrl`),
   * each a value or a function called when a payment is handled, so secrets are read at run time
   * and never baked into a build, e.g. a function that returns the key the host keeps in its own environment.
   */
  stripe?: StripeOptions
  /**
   * The payment provider, replacing the Stripe gateway built from `stripe` and the environment:
   * a gateway, or a function that returns one (called when a payment is handled, so it may read
   * settings known only at run time; `null` = payments not configured → 503). Default:
   * `stripeGateway(stripe settings)` when a Stripe secret key is set, else none.
   */
  paymentGateway?: (() => null | PaymentGateway) | PaymentGateway
  /** Host code run after a booking is confirmed, cancelled, expired, refunded or disputed (after the commit). */
  hooks?: TicketingHooks
  /**
   * Called in every app process when an event's status changes, once committed, whoever
   * changed it: SOLD_OUT as a booking takes the last seat, PUBLISHED again when seats come back
   * (an ended hold, a cancellation, a refund), CANCELLED, an editor's edit, a new or deleted
   * event. For a host that caches pages: refresh the event's pages here. Errors are logged.
   */
  onEventStatusChange?: (change: EventStatusChange & { payload: Payload }) => Promise<void> | void
  /** Certificates of attendance (events with `trainingHours`). */
  certificates?: TicketingCertificateOptions
  /** What the buyers' emails say and who sends them; every default is neutral (no brand). */
  emails?: TicketingEmailOptions
  /** Where dispute alerts go. Default: the site's sender address. */
  financeEmail?: null | string
  /** Public address of the site for links in emails. Default: the config's serverURL. */
  publicSiteUrl?: null | string
  /**
   * Whether this process runs the plugin's queues on their schedule (hold expiry, emails, event
   * cancellations, webhook sweep). Only one process should: give `false` on the others. A
   * function is called when Payload starts. The host's own jobs are not affected. Default true.
   */
  runJobs?: RunTimeValue<boolean>
  /**
   * Months after its event ended that a booking keeps its personal data: a daily job then
   * erases it (names, emails, phones; amounts and references stay). 1–1200, default 36.
   */
  retentionMonths?: number
  /** How long seats offered to a waiting-list entry stay its own, in hours (never past the end of sales). Default 24. */
  waitlistOfferHours?: number
}

/** Who issues certificates and how they are numbered. */
export type TicketingCertificateOptions = {
  /**
   * The training provider printed on the certificates of an event that names no seller, and
   * the numbering series it belongs to (numbers are gapless per series and year,
   * `{prefix}{YYYY}-{NNNNN}`). An event's seller issues its certificates otherwise, in the
   * seller's own series with its `certificatePrefix`. Default: one series per event currency
   * (`AT-EUR-`, `AT-CAD-`…), the provider named by `emails.senderName` at the event's city.
   */
  issuerOf?: (event: { city: string; country: string; currency: string; id: number }) => CertificateIssuer
}

export type CertificateIssuer = {
  address: { city: string; country: string; line1: string; line2?: null | string; postalCode: string; region?: null | string }
  name: string
  prefix: string
  registrationNumber?: null | string
  /** The numbering series (e.g. the seller's id). */
  seriesKey: string
  /** IANA time zone: the year of a number is the year of its issue date there. */
  timezone: string
}

export type SanitizedTicketingPluginConfig = {
  access: TicketingAccess
  certificateIssuerOf: NonNullable<TicketingCertificateOptions['issuerOf']>
  emails: TicketingEmailOptions
  financeEmail: null | string
  /** The payment provider (the `paymentGateway` option, else Stripe; null when none is configured). Resolved at run time. */
  getGateway: () => null | PaymentGateway
  publicSiteUrl: null | string
  captcha: () => boolean
  rateLimits: TicketingRateLimits
  trustedProxyCount: number
  trustedProxyHeader: 'x-forwarded-for' | 'x-real-ip'
  collections: Partial<Record<keyof TicketingSlugs, CollectionOverride>>
  currencies: string[]
  disabled: boolean
  holdMinutes: number
  hooks: TicketingHooks
  onEventStatusChange: null | NonNullable<TicketingPluginConfig['onEventStatusChange']>
  /** The host's booking languages and default (from its `localization`, else its admin language). */
  locales: HostLocales
  maxPerBooking: number
  maxHeldSeatsPerClient: number
  mediaCollection: false | string
  referencePrefix: string
  retentionMonths: number
  waitlistOfferHours: number
  /** Whether this process runs the plugin's queues on their schedule (read when Payload starts). */
  runJobs: () => boolean
  slugs: TicketingSlugs
}
