import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../../db/core/query'
import { withTransaction } from '../../db/core/withTransaction'
import { expireStaleHolds } from '../../db/seats/expireStaleHolds'
import { offerEventSeats } from '../../db/waitlist/offerEventSeats'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { EMAIL_QUEUE } from '../email/queueEmail'
import { emitBookingEvent } from '../hostHooks/emitBookingEvent'

export const WAITLIST_OFFER_TASK = 'ticketingSendWaitlistOffer'

/**
 * When an offer made now ends: `waitlistOfferHours` from now, never past the end of sales (the
 * sales close, else the start of the event); null when sales have ended.
 */
const offerEnd = async (req: PayloadRequest, eventId: number, hours: number, now: Date): Promise<Date | null> => {
  const [row] = await query<{ ends: Date | null | string }>(req, sql`SELECT coalesce(sales_close_at, starts_at) AS ends FROM city_events WHERE id = ${eventId}`)
  const salesEnd = row?.ends ? new Date(row.ends).getTime() : Number.POSITIVE_INFINITY
  const end = Math.min(now.getTime() + hours * 3_600_000, salesEnd)
  return end > now.getTime() ? new Date(end) : null
}

/**
 * Offers an event's free seats to its waiting list, in order, in one transaction: holds whose
 * time is up are expired first (their seats are free), then db/waitlist/offerEventSeats makes the
 * offers under the event's row lock, and each offer's email is queued in the same transaction.
 */
export const offerWaitlistSeats = async ({ config, eventId, req }: { config: SanitizedTicketingPluginConfig; eventId: number; req: PayloadRequest }) => {
  const now = new Date()
  return withTransaction(req, async () => {
    const expiresAt = await offerEnd(req, eventId, config.waitlistOfferHours, now)
    if (!expiresAt) return []
    const expired = await expireStaleHolds(req, eventId)
    for (const id of expired) await emitBookingEvent(req, 'afterBookingExpired', id, {})
    const offers = await offerEventSeats(req, eventId, expiresAt)
    for (const offer of offers) {
      await req.payload.jobs.queue({ input: { entryId: offer.id, offeredAt: now.toISOString() }, queue: EMAIL_QUEUE, req, task: WAITLIST_OFFER_TASK } as never)
    }
    return offers
  })
}
