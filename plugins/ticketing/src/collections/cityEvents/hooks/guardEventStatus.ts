import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { eventHasBookings } from '../../../db/events/eventHasBookings'
import type { EventStatus } from '../../../domain/eventStatus'
import { eventStatusChangeRefusal } from '../../../domain/eventStatusChange'
import type { SanitizedTicketingPluginConfig } from '../../../types'

/**
 * Refuses a status the event may not move to (domain/eventStatusChange) on every path that goes
 * through Payload — admin form, REST, GraphQL, Local API — with a 400 naming the field and why.
 * The Local API without a user acts as the system (it may mark an event completed). PostgreSQL
 * keeps the two rules that matter most even for SQL written by hand (db/schema/eventStatusRules).
 */
export const guardEventStatus =
  (config: SanitizedTicketingPluginConfig): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const to = data.status as EventStatus | undefined
    if (!to) return data
    const from = operation === 'create' ? null : ((originalDoc?.status as EventStatus | undefined) ?? null)
    if (from === to) return data
    const hasBookings = from !== null && to === 'DRAFT' ? await eventHasBookings(req, originalDoc!.id) : false
    const byAdmin = req.user ? await config.access.isAdmin({ req }) : true
    const refusal = eventStatusChangeRefusal({ byAdmin, from, hasBookings, to })
    if (refusal) throw new ValidationError({ collection: config.slugs.cityEvents, errors: [{ message: refusal, path: 'status' }], req })
    return data
  }
