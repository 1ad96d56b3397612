import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { EventKey } from '../../domain/eventKey'
import { CANCEL_EVENT_BOOKING_TASK } from './cancellationTask'
import { query } from '../core/query'

/**
 * In the caller's transaction: the event becomes CANCELLED (its row lock also makes any hold
 * racing with this wait, then fail: db/seats/seats.ts never takes seats of a cancelled event), every
 * booking it must settle — live holds and confirmed bookings — gets its row (once), and the
 * bookings whose row is not done and has no live job are returned, to be given one. Null
 * when no event has that id or slug.
 */
export const startEventCancellation = async (
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  key: EventKey,
): Promise<null | { bookingIds: number[]; eventId: number }> => {
  const where = 'id' in key ? sql`id = ${key.id}` : sql`slug = ${key.slug}`
  const [event] = await query<{ id: number }>(req, sql`UPDATE city_events SET status = 'CANCELLED', updated_at = now() WHERE ${where} RETURNING id`)
  if (!event) return null
  const eventId = Number(event.id)
  await query(
    req,
    sql`INSERT INTO ticketing_event_cancellations (booking_id, city_event_id)
        SELECT id, city_event_id FROM bookings WHERE city_event_id = ${eventId} AND status IN ('PENDING', 'CONFIRMED')
        ON CONFLICT (booking_id) DO NOTHING`,
  )
  const open = await query<{ booking_id: number }>(
    req,
    sql`SELECT c.booking_id FROM ticketing_event_cancellations c
        WHERE c.city_event_id = ${eventId} AND c.state = 'queued'
          AND NOT EXISTS (SELECT 1 FROM payload_jobs j
                          WHERE j.task_slug::text = ${CANCEL_EVENT_BOOKING_TASK} AND j.completed_at IS NULL AND coalesce(j.has_error, false) = false
                            AND (j.input->>'bookingId')::int = c.booking_id)
        ORDER BY c.booking_id`,
  )
  return { bookingIds: open.map((row) => Number(row.booking_id)), eventId }
}
