import type { PayloadRequest } from 'payload'

import { buyerEmails, lockErasureAttendees, orphanedCustomers } from '../../db/privacy/erasureRows'
import { type ErasureCounts, runErasure } from './erasureSteps'

export type ErasureResult = { counts: ErasureCounts; customers: string[] }

/**
 * Erases the personal data of `bookingIds` (locked by the caller) with all their attendees,
 * and of the attendees elsewhere who have `email`, in the caller's transaction. Returns the
 * counts and the payment provider's customers left without a booking that needs them (to be
 * deleted after the commit: the provider is never called inside a transaction).
 */
export const eraseBookings = async (req: PayloadRequest, { bookingIds, email }: { bookingIds: number[]; email: null | string }): Promise<ErasureResult> => {
  const attendees = await lockErasureAttendees(req, bookingIds, email)
  const emails = [...(email ? [email] : []), ...(await buyerEmails(req, bookingIds)), ...attendees.flatMap((a) => (a.email ? [a.email] : []))]
  const counts = await runErasure(req, { attendeeIds: attendees.map((a) => a.id), bookingIds, emails, requestedEmail: email ?? null })
  return { counts, customers: await orphanedCustomers(req, bookingIds) }
}
