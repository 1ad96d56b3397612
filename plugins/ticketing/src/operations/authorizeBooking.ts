import type { PayloadRequest } from 'payload'

import { parseBearer, verifyAccessToken } from '../access/bearerToken'
import { type BookingRecord, findBookingByReference } from '../db/findBookingByReference'
import { normalizeReference } from '../domain/reference/normalizeReference'
import { ERROR_CODES, TicketingError } from '../errors'

// Compared against when the reference is unknown, so both failures take the same time.
const DECOY_HASH = '0'.repeat(64)

/**
 * The booking a visitor may act on: the reference (any case) and the bearer access token
 * must match. Any mismatch is the same 404, so a token never confirms that a reference exists.
 */
export const authorizeBooking = async (req: PayloadRequest, rawReference: unknown, options: { forUpdate?: boolean } = {}): Promise<BookingRecord> => {
  const reference = typeof rawReference === 'string' ? normalizeReference(rawReference) : null
  const token = parseBearer(req.headers.get('authorization'))
  const booking = reference ? await findBookingByReference(req, reference, options) : null
  const ok = verifyAccessToken(token, booking?.accessTokenHash ?? DECOY_HASH)
  if (!booking || !ok) throw new TicketingError(ERROR_CODES.BOOKING_NOT_FOUND, 404, 'No booking matches this reference and access token.')
  return booking
}
