import type { PayloadRequest } from 'payload'

import { signViewToken } from '../../access/viewToken'
import { viewTokenSecret } from './viewTokenSecret'

const DAY_MS = 86_400_000
/** How long after the event (or after now, for an event already past) an email link keeps working. */
export const VIEW_TOKEN_DAYS_AFTER_EVENT = 365

/**
 * The view token an email carries for a booking: it opens the booking's pages on any device
 * until a year after the event, without the access token (shown once, stored hashed).
 */
export const bookingViewToken = (req: Pick<PayloadRequest, 'payload'>, bookingId: number, event: { endsAt: null | string; startsAt: string } | undefined, now = new Date()) => {
  const eventEnd = event ? Date.parse(event.endsAt ?? event.startsAt) : Number.NaN
  const from = Number.isFinite(eventEnd) ? Math.max(eventEnd, now.getTime()) : now.getTime()
  return signViewToken({ bookingId, expiresAt: new Date(from + VIEW_TOKEN_DAYS_AFTER_EVENT * DAY_MS), secret: viewTokenSecret(req) })
}
