import type { PayloadRequest } from 'payload'

import { findEventCached, findEventLive } from '../../db/events/eventCache'
import { type EventRecord, findEvent } from '../../db/events/findEvents'
import { salesState } from '../../domain/salesState'
import { ERROR_CODES, TicketingError } from '../../errors'
import { eventLocales } from '../events/eventLocales'

/**
 * The event a visitor asks for: 404 EVENT_NOT_FOUND for unknown ids and drafts, and with
 * `mustSell`, 409 SALES_CLOSED outside the sales window (domain/salesState). `cache` reads through the
 * hot paths' short event cache (see db/events/eventCache.ts): 'use' for the booking (its insert checks
 * the version), 'live' for the quote (version, seats and status read live).
 */
export const loadEvent = async (
  req: PayloadRequest,
  idOrSlug: number | string,
  { cache, locale, mustSell, now }: { cache?: 'fresh' | 'live' | 'use'; locale?: string; mustSell: boolean; now: Date },
): Promise<EventRecord> => {
  const locales = eventLocales(req, locale)
  const event =
    cache === 'live'
      ? await findEventLive(req, idOrSlug, locales)
      : cache
        ? await findEventCached(req, idOrSlug, locales, { fresh: cache === 'fresh' })
        : await findEvent(req, idOrSlug, locales)
  const state = event ? salesState(event, now) : null
  // A refusal is never based on a remembered copy (an event may have just been published).
  if (cache === 'use' && (!event || (state && !state.open))) return loadEvent(req, idOrSlug, { cache: 'fresh', locale, mustSell, now })
  if (!event || (state && !state.open && state.code === 'EVENT_NOT_FOUND')) {
    throw new TicketingError(ERROR_CODES.EVENT_NOT_FOUND, 404, 'No such event.')
  }
  if (mustSell && state && !state.open) throw new TicketingError(ERROR_CODES.SALES_CLOSED, 409, state.message)
  return event
}
