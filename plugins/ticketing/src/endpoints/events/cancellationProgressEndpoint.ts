import type { Endpoint } from 'payload'

import { cancellationProgress } from '../../db/cancellations/cancellationProgress'
import { parseEventKey } from '../../domain/eventKey'
import { ERROR_CODES, TicketingError } from '../../errors'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { defineEndpoint } from '../http/defineEndpoint'
import { requireAccess } from '../http/requireAccess'

/** GET /api/ticketing/events/:idOrSlug/cancellation — admin; how far the event's cancellation is (read from the database). */
export const cancellationProgressEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('get', '/ticketing/events/:idOrSlug/cancellation', async (req) => {
    await requireAccess(req, config.access.isAdmin)
    const key = parseEventKey(req.routeParams?.idOrSlug)
    const progress = key ? await cancellationProgress(req, key) : null
    if (!progress) throw new TicketingError(ERROR_CODES.EVENT_NOT_FOUND, 404, 'No such event.')
    return Response.json(progress)
  })
