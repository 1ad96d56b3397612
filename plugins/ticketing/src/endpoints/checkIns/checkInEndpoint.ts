import type { Endpoint } from 'payload'

import { parseEventKey } from '../../domain/eventKey'
import { ERROR_CODES, TicketingError } from '../../errors'
import { checkIn } from '../../operations/checkIns/checkIn'
import { consumeRateLimit } from '../../security/rateLimit'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { checkInInput } from '../../validation/checkInInput'
import { defineEndpoint } from '../http/defineEndpoint'
import { readJsonBody } from '../http/readJsonBody'
import { requireAccess } from '../http/requireAccess'

/**
 * POST /api/ticketing/check-ins — admin, checkin; `{code, eventId, deviceId?, requestId?}` →
 * 200 `{result, attendee, booking, day, checkedInAt, first?}`; 404 TICKET_NOT_FOUND for a code
 * no ticket has. At most `rateLimits.checkInPerUser` scans per user (default 600 a minute).
 */
export const checkInEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/check-ins', async (req) => {
    await requireAccess(req, config.access.canCheckIn)
    await consumeRateLimit(req.payload, 'check-in', `${req.user!.collection}:${req.user!.id}`, config.rateLimits.checkInPerUser)
    const body = checkInInput.parse(await readJsonBody(req))
    const event = parseEventKey(body.eventId)
    if (!event) throw new TicketingError(ERROR_CODES.EVENT_NOT_FOUND, 404, 'No such event.')
    const answer = await checkIn({ input: { code: body.code, deviceId: body.deviceId, event, requestId: body.requestId }, req, usersSlug: config.slugs.users })
    return Response.json(answer)
  })
