import type { Endpoint } from 'payload'

import { parseEventKey } from '../../domain/eventKey'
import { ERROR_CODES, TicketingError } from '../../errors'
import { eventAttendees } from '../../operations/checkIns/eventAttendees'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { dayParam, limitParam } from '../../validation/checkInInput'
import { defineEndpoint } from '../http/defineEndpoint'
import { requireAccess } from '../http/requireAccess'

/**
 * GET /api/ticketing/events/:idOrSlug/attendees?q=&day=&limit= — admin, checkin; `{expected, checkedIn,
 * day, attendees:[{id, name, ticketCode, reference, checkedInDays}]}` for name search at the door.
 */
export const eventAttendeesEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('get', '/ticketing/events/:idOrSlug/attendees', async (req) => {
    await requireAccess(req, config.access.canCheckIn)
    const key = parseEventKey(req.routeParams?.idOrSlug)
    if (!key) throw new TicketingError(ERROR_CODES.EVENT_NOT_FOUND, 404, 'No such event.')
    const q = req.searchParams.get('q')?.slice(0, 200) || undefined
    const rawDay = req.searchParams.get('day')
    const day = rawDay ? dayParam.parse(rawDay) : undefined
    // limit=0 asks for the counts alone (the scanner's live count).
    const rawLimit = req.searchParams.get('limit')
    const limit = rawLimit === null ? undefined : limitParam.parse(rawLimit)
    return Response.json(await eventAttendees(req, key, { day, limit, q }))
  })
