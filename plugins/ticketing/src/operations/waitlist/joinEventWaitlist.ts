import type { PayloadRequest } from 'payload'

import { newWaitlistNonce, signWaitlistToken } from '../../access/waitlistToken'
import { withSavepoint } from '../../db/core/withSavepoint'
import { joinWaitlist, LIVE_EMAIL_INDEX } from '../../db/waitlist/joinWaitlist'
import { waitlistPosition } from '../../db/waitlist/waitlistPosition'
import { ERROR_CODES, TicketingError } from '../../errors'
import type { WaitlistInput } from '../../validation/waitlistInput'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { loadEvent } from '../bookings/loadSellableEvent'
import { waitlistSecret } from './waitlistEntryByToken'

const isLiveEmailClash = (error: unknown) => {
  const cause = ((error as { cause?: unknown })?.cause ?? error) as { code?: string; constraint?: string }
  return cause?.code === '23505' && cause.constraint === LIVE_EMAIL_INDEX
}

/**
 * Puts a visitor on an event's waiting list (POST /events/:idOrSlug/waitlist): only an event on
 * sale (else SALES_CLOSED / EVENT_NOT_FOUND), only when fewer seats are free than wanted (else
 * 409 SEATS_AVAILABLE: book them), one live entry per email and event (else 409 ALREADY_WAITING).
 * The quantity is at most the event's maxPerBooking.
 */
export const joinEventWaitlist = async ({ config, idOrSlug, input, req }: { config: SanitizedTicketingPluginConfig; idOrSlug: string; input: WaitlistInput; req: PayloadRequest }) => {
  const event = await loadEvent(req, idOrSlug, { cache: 'fresh', locale: input.locale, mustSell: true, now: new Date() })
  if (input.quantity > event.maxPerBooking) {
    const message = `Ask for 1 to ${event.maxPerBooking} seats.`
    throw new TicketingError(ERROR_CODES.VALIDATION, 400, message, { fields: { quantity: [message] } })
  }
  const nonce = newWaitlistNonce()
  let joined: Awaited<ReturnType<typeof joinWaitlist>>
  try {
    joined = await withSavepoint(req, () =>
      joinWaitlist(req, { acceptPartial: input.acceptPartial ?? false, email: input.email, eventId: event.id, locale: input.locale ?? config.locales.defaultLocale, name: input.name, nonce, quantity: input.quantity }),
    )
  } catch (error) {
    if (isLiveEmailClash(error)) throw new TicketingError(ERROR_CODES.ALREADY_WAITING, 409, 'This email is already on the waiting list of this event.')
    throw error
  }
  if (!joined) {
    throw new TicketingError(ERROR_CODES.SEATS_AVAILABLE, 409, 'Seats are available for this quantity: book them now.', { seatsAvailable: event.seatsAvailable })
  }
  return {
    position: await waitlistPosition(req, joined.id),
    quantity: input.quantity,
    status: 'WAITING' as const,
    token: signWaitlistToken({ entryId: joined.id, nonce, secret: waitlistSecret(req) }),
  }
}
