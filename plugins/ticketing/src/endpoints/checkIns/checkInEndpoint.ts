import type { Endpoint } from 'payload'

import { parseEventKey } from '../../domain/eventKey'
import { ERROR_CODES, TicketingError } from '../../errors'
import { type CheckInAnswer, checkIn } from '../../operations/checkIns/checkIn'
import { RateLimitBudget } from '../../security/rateLimit'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { checkInInput } from '../../validation/checkInInput'
import { defineEndpoint } from '../http/defineEndpoint'
import { readJsonBody } from '../http/readJsonBody'
import { requireAccess } from '../http/requireAccess'

/**
 * POST /api/ticketing/check-ins — admin, checkin; `{code, eventId, deviceId?, requestId?}` →
 * 200 `{result, attendee, booking, day, checkedInAt, first?}`; 404 TICKET_NOT_FOUND for a code
 * no ticket has. At most `rateLimits.checkInPerUser` scans per user (default 600 a minute):
 * a scan spends its point in the scan statement itself, any other request (bad body, no such
 * event) on its way out, where being over the limit answers 429 instead of its own error.
 */
export const checkInEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/check-ins', async (req) => {
    await requireAccess(req, config.access.canCheckIn)
    const limits = new RateLimitBudget()
    limits.add({ key: `${req.user!.collection}:${req.user!.id}`, name: 'check-in', rule: config.rateLimits.checkInPerUser })
    let answer: CheckInAnswer
    try {
      const body = checkInInput.parse(await readJsonBody(req))
      const event = parseEventKey(body.eventId)
      if (!event) throw new TicketingError(ERROR_CODES.EVENT_NOT_FOUND, 404, 'No such event.')
      answer = await checkIn({ input: { code: body.code, deviceId: body.deviceId, event, requestId: body.requestId }, limits, req, usersSlug: config.slugs.users })
    } catch (error) {
      await limits.settle(req.payload)
      throw error
    }
    return Response.json(answer)
  })
