import type { PayloadRequest } from 'payload'

import { parseBearer, verifyAccessToken } from '../../access/bearerToken'
import { verifyViewToken, viewTokenFromBearer } from '../../access/viewToken'
import { type BookingRecord, findBookingByReference } from '../../db/bookings/findBookingByReference'
import { normalizeReference } from '../../domain/reference/normalizeReference'
import { ERROR_CODES, TicketingError } from '../../errors'
import { viewTokenSecret } from './viewTokenSecret'

// Compared against when the reference is unknown, so both failures take the same time.
const DECOY_HASH = '0'.repeat(64)
const DECOY_ID = -1

/**
 * The booking a visitor may act on: the reference (any case) and a bearer credential must
 * match — the access token returned at creation, or the signed view token that emails carry
 * (docs/architecture.md; it opens the booking, its payment and its cancellation like the access token).
 * Any mismatch is the same 404, so a token never confirms that a reference exists.
 */
export const authorizeBooking = async (req: PayloadRequest, rawReference: unknown, options: { forUpdate?: boolean } = {}): Promise<BookingRecord> => {
  const reference = typeof rawReference === 'string' ? normalizeReference(rawReference) : null
  const header = req.headers.get('authorization')
  const booking = reference ? await findBookingByReference(req, reference, options) : null
  const viewToken = viewTokenFromBearer(header)
  const ok = viewToken
    ? verifyViewToken(viewToken, { bookingId: booking?.id ?? DECOY_ID, secret: viewTokenSecret(req) })
    : verifyAccessToken(parseBearer(header), booking?.accessTokenHash ?? DECOY_HASH)
  // An erased booking opens for nobody: its access token is gone and view tokens are refused.
  if (!booking || !ok || booking.erasedAt) throw new TicketingError(ERROR_CODES.BOOKING_NOT_FOUND, 404, 'No booking matches this reference and access token.')
  return booking
}
