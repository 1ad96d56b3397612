import type { Endpoint } from 'payload'

import { parseEventKey } from '../../domain/eventKey'
import { ERROR_CODES, TicketingError } from '../../errors'
import { cancelEvent } from '../../operations/cancellations/cancelEvent'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { defineEndpoint } from '../http/defineEndpoint'
import { requireAccess } from '../http/requireAccess'

/**
 * POST /api/ticketing/events/:idOrSlug/cancel — admin; cancels the event and refunds everyone
 * through one job per booking. 202 with the progress `{eventId, status, bookings:{total, done,
 * toDo}}`; safe to call again (it resumes, never repeats).
 */
export const cancelEventEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/events/:idOrSlug/cancel', async (req) => {
    await requireAccess(req, config.access.isAdmin)
    const key = parseEventKey(req.routeParams?.idOrSlug)
    if (!key) throw new TicketingError(ERROR_CODES.EVENT_NOT_FOUND, 404, 'No such event.')
    if (!config.getGateway()) throw new TicketingError(ERROR_CODES.PAYMENT_PROVIDER_UNAVAILABLE, 503, 'Payments are not configured.', {}, { 'Retry-After': '60' })
    return Response.json(await cancelEvent(req, key), { status: 202 })
  })
