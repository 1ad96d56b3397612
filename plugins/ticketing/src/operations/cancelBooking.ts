import type { PayloadRequest } from 'payload'

import { endHold } from '../db/endHold'
import { type BookingRecord, findBookingByReference } from '../db/findBookingByReference'
import { ERROR_CODES, TicketingError } from '../errors'

/**
 * Cancels a PENDING booking and releases its seats at once. Cancelling a cancelled booking
 * again answers the same; anything else (confirmed, expired, payment in progress) is 409.
 */
export const cancelBooking = async (req: PayloadRequest, booking: BookingRecord): Promise<BookingRecord> => {
  if (booking.status !== 'CANCELLED' && (await endHold(req, booking.id, 'CANCELLED')) === false) {
    const fresh = await findBookingByReference(req, booking.reference)
    if (fresh?.status === 'CANCELLED') return fresh
    const why = fresh?.status === 'PENDING' ? 'its payment is being processed' : `it is ${String(fresh?.status).toLowerCase()}`
    throw new TicketingError(ERROR_CODES.BOOKING_NOT_CANCELLABLE, 409, `This booking cannot be cancelled: ${why}.`, { status: fresh?.status })
  }
  return (await findBookingByReference(req, booking.reference)) as BookingRecord
}
