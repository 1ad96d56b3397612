import type { PayloadRequest } from 'payload'

import { type BookingRecord, findBookingByReference } from '../../db/bookings/findBookingByReference'
import { normalizeReference } from '../../domain/reference/normalizeReference'
import { ERROR_CODES, TicketingError } from '../../errors'

/** The booking named in the path, for staff endpoints (404 BOOKING_NOT_FOUND when unknown). */
export const staffBooking = async (req: PayloadRequest): Promise<BookingRecord> => {
  const raw = req.routeParams?.reference
  const reference = typeof raw === 'string' ? normalizeReference(raw) : null
  const booking = reference ? await findBookingByReference(req, reference) : null
  if (!booking) throw new TicketingError(ERROR_CODES.BOOKING_NOT_FOUND, 404, 'No booking has this reference.')
  return booking
}
