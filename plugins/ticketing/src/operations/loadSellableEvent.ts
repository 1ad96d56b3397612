import type { PayloadRequest } from 'payload'

import { type EventRecord, findEvent } from '../db/findEvents'
import { salesState } from '../domain/salesState'
import { ERROR_CODES, TicketingError } from '../errors'
import { eventLocales } from './eventLocales'

/**
 * The event a visitor asks for: 404 EVENT_NOT_FOUND for unknown ids and drafts, and with
 * `mustSell`, 409 SALES_CLOSED outside the sales window (SPEC §8.1).
 */
export const loadEvent = async (
  req: PayloadRequest,
  idOrSlug: number | string,
  { locale, mustSell, now }: { locale?: string; mustSell: boolean; now: Date },
): Promise<EventRecord> => {
  const event = await findEvent(req, idOrSlug, eventLocales(req, locale))
  const state = event ? salesState(event, now) : null
  if (!event || (state && !state.open && state.code === 'EVENT_NOT_FOUND')) {
    throw new TicketingError(ERROR_CODES.EVENT_NOT_FOUND, 404, 'No such event.')
  }
  if (mustSell && state && !state.open) throw new TicketingError(ERROR_CODES.SALES_CLOSED, 409, state.message)
  return event
}
