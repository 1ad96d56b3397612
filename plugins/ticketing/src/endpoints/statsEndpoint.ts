import type { Endpoint } from 'payload'

import { ERROR_CODES, TicketingError } from '../errors'
import { salesStats } from '../operations/salesStats'
import type { SanitizedTicketingPluginConfig } from '../types'
import { defineEndpoint } from './http/defineEndpoint'
import { requireAccess } from './http/requireAccess'

/** GET /api/ticketing/stats?event= — admin, editor, finance. */
export const statsEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('get', '/ticketing/stats', async (req) => {
    await requireAccess(req, config.access.isStaff)
    const raw = req.searchParams.get('event')
    if (raw !== null && !/^\d{1,12}$/.test(raw)) {
      throw new TicketingError(ERROR_CODES.VALIDATION, 400, 'event is the event id.', { fields: { event: ['event is the event id.'] } })
    }
    const locale = req.payload.config.localization ? req.payload.config.localization.defaultLocale : 'fr'
    return Response.json(await salesStats(req, raw === null ? null : Number(raw), locale))
  })
