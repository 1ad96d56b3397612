import type { PayloadRequest } from 'payload'

import { findBookingById } from '../../db/bookings/findBookingById'
import { withTransaction } from '../../db/core/withTransaction'
import { findBuyerBookings } from '../../db/privacy/findBuyerBookings'
import { ERROR_CODES, TicketingError } from '../../errors'
import type { PaymentGateway } from '../../payments/types'
import { emailHash } from '../../security/emailHash'
import { writeAuditEntry } from '../audit/writeAuditEntry'
import { cancelBooking } from '../bookings/cancelBooking'
import { deleteProviderCustomers } from './deleteProviderCustomers'
import { eraseBookings } from './eraseBookings'
import type { ErasureCounts } from './erasureSteps'

const active = (references: string[], why: string) =>
  new TicketingError(ERROR_CODES.BOOKING_ACTIVE, 409, `This person has a booking that is still active (${why}): refund or cancel it first.`, { references })

/** Live holds of the address end first (their PaymentIntents cancelled); one being paid right now cannot, and stops the erasure. */
const cancelLiveHolds = async (req: PayloadRequest, email: string, gateway: null | PaymentGateway) => {
  for (const held of (await findBuyerBookings(req, email)).filter((booking) => booking.status === 'PENDING')) {
    const booking = await findBookingById(req, held.id)
    if (!booking) continue
    await cancelBooking(req, booking, gateway).catch((error: unknown) => {
      if (error instanceof TicketingError && error.code === ERROR_CODES.BOOKING_NOT_CANCELLABLE) throw active([held.reference], 'its payment went through or is in progress')
      throw error
    })
  }
}

/**
 * Erases, for good, the personal data held about an address: every booking whose buyer has it
 * (with all its attendees), every attendee elsewhere who has it, their traces in the email
 * log, jobs and rate limits, and their customer at the payment provider. A confirmed booking
 * of an event that has not ended yet refuses it (409 BOOKING_ACTIVE: refund or cancel it
 * first). One transaction, its audit entry included (it names the address by a keyed hash
 * only); the provider's customers are deleted after the commit.
 */
export const erasePersonalData = async ({ email, gateway, req }: { email: string; gateway: null | PaymentGateway; req: PayloadRequest }): Promise<ErasureCounts> => {
  await cancelLiveHolds(req, email, gateway)
  const hash = emailHash(req.payload.secret, email)
  const { counts, customers } = await withTransaction(req, async () => {
    const bookings = await findBuyerBookings(req, email, { forUpdate: true })
    const pending = bookings.filter((booking) => booking.status === 'PENDING')
    if (pending.length) throw active(pending.map((b) => b.reference), 'a payment is in progress')
    const upcoming = bookings.filter((booking) => booking.status === 'CONFIRMED' && !booking.eventEnded)
    if (upcoming.length) throw active(upcoming.map((b) => b.reference), 'confirmed for an event still to come')
    const bookingIds = bookings.map((booking) => booking.id)
    const result = await eraseBookings(req, { bookingIds, email })
    await writeAuditEntry(req, {
      action: 'privacy.erase',
      details: { ...result.counts, bookingIds, emailHash: hash, providerCustomers: result.customers.length, references: bookings.map((b) => b.reference) },
      target: `email:${hash.slice(0, 16)}`,
    })
    return result
  })
  await deleteProviderCustomers(req, gateway, customers)
  return counts
}
