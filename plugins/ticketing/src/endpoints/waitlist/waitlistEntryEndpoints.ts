import type { Endpoint } from 'payload'

import { withTransaction } from '../../db/core/withTransaction'
import { endWaitlistEntry } from '../../db/waitlist/leaveWaitlist'
import { findWaitlistEntry } from '../../db/waitlist/findWaitlistEntry'
import { offerWaitlistSeats } from '../../operations/waitlist/offerWaitlistSeats'
import { waitlistEntryByToken } from '../../operations/waitlist/waitlistEntryByToken'
import { waitlistView } from '../../operations/waitlist/waitlistView'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { defineEndpoint } from '../http/defineEndpoint'

/** GET /api/ticketing/waitlist/:token — the entry's status, position, quantity and offer (404 for a wrong token). */
export const getWaitlistEntryEndpoint = (): Endpoint =>
  defineEndpoint('get', '/ticketing/waitlist/:token', async (req) => {
    const entry = await waitlistEntryByToken(req, req.routeParams?.token)
    return Response.json(await waitlistView(req, entry))
  })

/**
 * DELETE /api/ticketing/waitlist/:token — leave the list, or decline an offer: the entry becomes
 * LEFT and what it kept (its place, or the seats offered to it) goes to the next entries at once.
 * Leaving again answers the same.
 */
export const leaveWaitlistEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('delete', '/ticketing/waitlist/:token', async (req) => {
    const entry = await waitlistEntryByToken(req, req.routeParams?.token)
    const was = await withTransaction(req, () => endWaitlistEntry(req, entry.id, 'LEFT'))
    if (was === 'OFFERED') await offerWaitlistSeats({ config, eventId: entry.eventId, req })
    return Response.json(await waitlistView(req, (await findWaitlistEntry(req, entry.id)) ?? entry))
  })
