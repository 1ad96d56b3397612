import type { PayloadRequest } from 'payload'

import { deleteAuditSalts } from '../../db/audit/auditSalts'
import { eraseAttendeeRows, eraseBookingRows } from '../../db/privacy/erasureRows'
import { deleteRateLimitRows } from '../../db/privacy/deleteRateLimitRows'
import { eraseWaitlistRows } from '../../db/privacy/eraseWaitlistRows'
import { scrubEmails } from '../../db/privacy/scrubEmails'
import { emailsPattern } from '../../domain/privacy/emailsPattern'
import { BOOKING_EMAIL_LIMIT, rateLimitKey } from '../../security/rateLimit'

/** What one erasure covers, decided (and locked) before any step runs. */
export type ErasureScope = {
  /** Attendees erased: every attendee of those bookings, and those elsewhere with the address. */
  attendeeIds: number[]
  /** Bookings erased whole: the buyer's data, notes and tokens. */
  bookingIds: number[]
  /** The addresses involved (buyers' and attendees'), cleaned from free text and rate-limit keys. */
  emails: string[]
  /** The address an erasure by email was asked for (its waiting-list entries go too); none for the retention job. */
  requestedEmail?: null | string
}

/** What the erase endpoint answers: how many of each were erased. */
export type ErasureCounts = { attendees: number; bookings: number; waitlistEntries: number }

export type ErasureStep = { name: string; run: (req: PayloadRequest, scope: ErasureScope) => Promise<Partial<ErasureCounts>> }

/**
 * Every place the plugin keeps personal data, erased in this order inside the erasure's
 * transaction. A feature that stores personal data adds its step here (waiting-list entries
 * count as `waitlistEntries`; invoice details not yet on an invoice belong to the booking);
 * documents already issued (invoices, certificates) are legal records and have no step.
 * What needs no step: the ledger, webhook events and refund requests hold ids and amounts
 * only, and stored Idempotency-Key answers are encrypted and hold no personal data.
 */
export const erasureSteps: ErasureStep[] = [
  { name: 'bookings', run: async (req, scope) => ({ bookings: await eraseBookingRows(req, scope.bookingIds) }) },
  { name: 'attendees', run: async (req, scope) => ({ attendees: await eraseAttendeeRows(req, scope.attendeeIds) }) },
  { name: 'waiting list', run: async (req, scope) => ({ waitlistEntries: await eraseWaitlistRows(req, scope.requestedEmail ? [scope.requestedEmail] : []) }) },
  // SMTP errors in the email log, Payload job inputs and errors, webhook errors.
  { name: 'free text', run: async (req, scope) => (await scrubEmails(req, emailsPattern(scope.emails)), {}) },
  // The per-email booking limit is keyed by a hash of the address: its counters go too.
  { name: 'rate limits', run: async (req, scope) => (await deleteRateLimitRows(req, scope.emails.map((email) => rateLimitKey(BOOKING_EMAIL_LIMIT, email))), {}) },
  // Audit entries about edits keep old values sealed under these salts: deleting them makes those values unreadable for good.
  {
    name: 'audit seals',
    run: async (req, scope) => (await deleteAuditSalts(req, [...scope.bookingIds.map((id) => `bookings:${id}`), ...scope.attendeeIds.map((id) => `attendees:${id}`)]), {}),
  },
]

/** Runs every step on `scope` in the caller's transaction and adds up what they erased. */
export const runErasure = async (req: PayloadRequest, scope: ErasureScope): Promise<ErasureCounts> => {
  const counts: ErasureCounts = { attendees: 0, bookings: 0, waitlistEntries: 0 }
  for (const step of erasureSteps) {
    const done = await step.run(req, scope)
    for (const key of Object.keys(counts) as Array<keyof ErasureCounts>) counts[key] += done[key] ?? 0
  }
  return counts
}
