import type { Endpoint } from 'payload'

import { findWaitlistEntry } from '../../db/waitlist/findWaitlistEntry'
import { ERROR_CODES, TicketingError } from '../../errors'
import { offerWaitlistSeats } from '../../operations/waitlist/offerWaitlistSeats'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { defineEndpoint } from '../http/defineEndpoint'
import { requireAccess } from '../http/requireAccess'

/**
 * POST /api/ticketing/waitlist-entries/:id/offer (admin, finance) — "offer now": offers the free
 * seats of the entry's event to its waiting list at once, in order (without waiting for the
 * job), and answers `{offers:[{id, seats}], entry:{id, status}}`.
 */
export const offerNowEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/waitlist-entries/:id/offer', async (req) => {
    await requireAccess(req, config.access.canManageSales)
    const id = Number(req.routeParams?.id)
    const entry = Number.isSafeInteger(id) && id > 0 ? await findWaitlistEntry(req, id) : null
    if (!entry) throw new TicketingError(ERROR_CODES.NOT_FOUND, 404, 'No such waiting-list entry.')
    const offers = await offerWaitlistSeats({ config, eventId: entry.eventId, req })
    const after = await findWaitlistEntry(req, id)
    return Response.json({ entry: { id, status: after?.status ?? entry.status }, offers })
  })
