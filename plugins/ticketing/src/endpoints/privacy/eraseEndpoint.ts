import type { Endpoint } from 'payload'

import { erasePersonalData } from '../../operations/privacy/erasePersonalData'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { eraseInput } from '../../validation/privacyInput'
import { defineEndpoint } from '../http/defineEndpoint'
import { readJsonBody } from '../http/readJsonBody'
import { requireAccess } from '../http/requireAccess'

/**
 * POST /api/ticketing/privacy/erase — admin; `{email}` → 200 `{bookings, attendees,
 * waitlistEntries}` (how many were erased). 409 BOOKING_ACTIVE while a booking of the address
 * is confirmed for an event still to come (or its payment is in progress).
 */
export const eraseEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('post', '/ticketing/privacy/erase', async (req) => {
    await requireAccess(req, config.access.isAdmin)
    const { email } = eraseInput.parse(await readJsonBody(req))
    const counts = await erasePersonalData({ email, gateway: config.getGateway(), req })
    return Response.json(counts)
  })
