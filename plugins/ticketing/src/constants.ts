import { tl } from './translations'
import type { TicketingTranslationKey } from './translations/languages/en'

export { EVENT_STATUSES, type EventStatus } from './domain/eventStatus'

// The event, booking and payment statuses are defined once, with their transitions, in domain/.
export { BOOKING_STATUSES } from './domain/bookingStatus'
export { PAYMENT_STATUSES } from './domain/paymentStatus'
export const TICKET_TYPES = ['REGULAR', 'EARLY_BIRD', 'GROUP'] as const
/** How a promo code takes money off: a percentage of what is left, or a fixed amount per seat. */
export const PROMO_KINDS = ['PERCENT', 'FIXED_PER_SEAT'] as const
/** A waiting-list entry: waiting its turn, offered seats, booked them, offer ran out, or left the list. */
export const WAITLIST_STATUSES = ['WAITING', 'OFFERED', 'BOOKED', 'EXPIRED', 'LEFT'] as const
export const LEDGER_KINDS = ['PAYMENT', 'REFUND', 'DISPUTE'] as const
/** An invoice, or a credit note that cancels part or all of one. */
export const INVOICE_KINDS = ['INVOICE', 'CREDIT_NOTE'] as const
/** A stored webhook event: PENDING (waiting for the worker), PROCESSING (claimed), then PROCESSED, IGNORED or FAILED (retried until it gives up). */
export const STRIPE_EVENT_OUTCOMES = ['PENDING', 'PROCESSING', 'PROCESSED', 'IGNORED', 'FAILED'] as const
/** The languages the plugin has admin labels and email strings for (a booking may be in any of the host's). */
export const BOOKING_LOCALES = ['fr', 'en'] as const
export const EMAIL_KINDS = ['confirmation', 'paymentFailed', 'refund', 'lateRefund', 'disputeAlert', 'disputeLost', 'paymentMismatch', 'eventCancelled', 'certificates'] as const
/** Internal alerts, sent to the finance address rather than the buyer. */
export const FINANCE_EMAIL_KINDS: readonly string[] = ['disputeAlert', 'disputeLost', 'paymentMismatch']
export const EMAIL_STATUSES = ['QUEUED', 'SENT', 'FAILED', 'SKIPPED'] as const

/**
 * What an `audit-log` entry records: staff actions that move money or touch personal data,
 * and the retention job's runs. Listed up front so that adding the actions of a new feature
 * needs no change here.
 */
export const AUDIT_ACTIONS = [
  'refund',
  'resend',
  'event.cancel',
  'booking.update',
  'attendee.update',
  'invoice.reissue',
  'checkin.undo',
  'certificate.issue',
  'privacy.erase',
  'privacy.export',
  'privacy.retention',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/** Request-context flag set by the plugin's own operations when they write protected booking fields. */
export const SYSTEM_WRITE = 'ticketingSystemWrite'

/** Select options whose labels are translated (`status_<VALUE>` in the plugin-ticketing namespace). */
export const options = <T extends readonly string[]>(values: T) =>
  values.map((value) => ({ label: tl(`status_${value}` as TicketingTranslationKey), value }))
