import type { Endpoint } from 'payload'
import { z } from 'zod'

import { parseEventKey } from '../../domain/eventKey'
import { ERROR_CODES, TicketingError } from '../../errors'
import { issueCertificates } from '../../operations/certificates/issueCertificates'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { defineEndpoint } from '../http/defineEndpoint'
import { readJsonBody } from '../http/readJsonBody'
import { requireAccess } from '../http/requireAccess'

const input = z.strictObject({ attendeeId: z.number({ error: 'attendeeId is an attendee id.' }).int().min(1).max(2_147_483_647).optional() })

/**
 * POST /api/ticketing/events/:idOrSlug/certificates — admin; issues now, on the check-ins recorded
 * so far, the certificates the event's rule earns (`{}`), or one attendee's by hand
 * (`{attendeeId}`, audit log) → 202 `{candidates, notEligible, issued, numbers}`; the emails follow.
 */
export const issueCertificatesEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/events/:idOrSlug/certificates', async (req) => {
    await requireAccess(req, config.access.isAdmin)
    const key = parseEventKey(req.routeParams?.idOrSlug)
    if (!key) throw new TicketingError(ERROR_CODES.EVENT_NOT_FOUND, 404, 'No such event.')
    const { attendeeId } = input.parse(await readJsonBody(req, { allowEmpty: true }))
    return Response.json(await issueCertificates({ attendeeId, config, key, req }), { status: 202 })
  })
