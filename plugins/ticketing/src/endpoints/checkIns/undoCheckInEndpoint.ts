import type { Endpoint } from 'payload'

import { PG_INT_MAX } from '../../domain/eventKey'
import { ERROR_CODES, TicketingError } from '../../errors'
import { undoCheckIn } from '../../operations/checkIns/undoCheckIn'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { defineEndpoint } from '../http/defineEndpoint'
import { requireAccess } from '../http/requireAccess'

/** DELETE /api/ticketing/check-ins/:id — admin; undoes one check-in (audit log) → 200 `{id, attendeeId, day, undone: true}`. */
export const undoCheckInEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('delete', '/ticketing/check-ins/:id', async (req) => {
    await requireAccess(req, config.access.isAdmin)
    const raw = String(req.routeParams?.id ?? '')
    const id = /^\d{1,10}$/.test(raw) ? Number(raw) : 0
    if (id < 1 || id > PG_INT_MAX) throw new TicketingError(ERROR_CODES.CHECK_IN_NOT_FOUND, 404, 'No such check-in.')
    return Response.json({ ...(await undoCheckIn(req, id)), undone: true })
  })
