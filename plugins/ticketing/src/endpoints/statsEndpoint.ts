import type { Endpoint } from 'payload'
import { z } from 'zod'

import { eventLocales } from '../operations/events/eventLocales'
import { salesStats } from '../operations/reports/salesStats'
import { eventIdParam } from '../validation/eventIdParam'
import type { SanitizedTicketingPluginConfig } from '../types'
import { defineEndpoint } from './http/defineEndpoint'
import { requireAccess } from './http/requireAccess'

/** GET /api/ticketing/stats?event= — admin, editor, finance. */
export const statsEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('get', '/ticketing/stats', async (req) => {
    await requireAccess(req, config.access.isStaff)
    const { event } = z.object({ event: eventIdParam.optional() }).parse({ event: req.searchParams.get('event') ?? undefined })
    const { locale } = eventLocales(req)
    return Response.json(await salesStats(req, event === undefined ? null : Number(event), locale))
  })
