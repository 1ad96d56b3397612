import type { PayloadRequest } from 'payload'

import { withTransaction } from '../../db/core/withTransaction'
import { dueOffers } from '../../db/waitlist/dueOffers'
import { endWaitlistEntry } from '../../db/waitlist/leaveWaitlist'
import { findWaitlistEntry } from '../../db/waitlist/findWaitlistEntry'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { offerWaitlistSeats } from './offerWaitlistSeats'

/**
 * The offer job's pass (every minute): offers whose time is up end as EXPIRED and give their
 * seats back, then every event where someone waits while seats are free offers them in order.
 * So seats that come back by any path (an ended hold, a cancellation or refund, a larger
 * capacity, a declined or expired offer) reach the list within a minute.
 */
export const runWaitlistOffers = async ({ config, req }: { config: SanitizedTicketingPluginConfig; req: PayloadRequest }) => {
  const due = await dueOffers(req)
  const events = new Set(due.eventIds)
  let expired = 0
  for (const id of due.expiredOffers) {
    const entry = await findWaitlistEntry(req, id)
    if (!entry) continue
    if (await withTransaction(req, () => endWaitlistEntry(req, id, 'EXPIRED'))) expired += 1
    events.add(entry.eventId)
  }
  let offered = 0
  for (const eventId of events) {
    // One event that cannot be served (its counters refused by the database) never holds up the others.
    try {
      offered += (await offerWaitlistSeats({ config, eventId, req })).length
    } catch (error) {
      req.payload.logger.error({ err: error, eventId, msg: 'Waiting list: offering the free seats of an event failed; retried next minute' })
    }
  }
  return { expired, offered }
}
