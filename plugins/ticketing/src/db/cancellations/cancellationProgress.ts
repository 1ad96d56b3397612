import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { EventKey } from '../../domain/eventKey'
import { query } from '../core/query'

export type CancellationProgress = { bookings: { done: number; toDo: number; total: number }; eventId: number; status: string }

/** How far an event's cancellation is: bookings settled and left to settle, from the database. Null for an unknown event. */
export const cancellationProgress = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, key: EventKey): Promise<CancellationProgress | null> => {
  const where = 'id' in key ? sql`e.id = ${key.id}` : sql`e.slug = ${key.slug}`
  const [row] = await query<{ done: string; id: number; status: string; total: string }>(
    req,
    sql`SELECT e.id, e.status,
               (SELECT count(*) FROM ticketing_event_cancellations c WHERE c.city_event_id = e.id) AS total,
               (SELECT count(*) FROM ticketing_event_cancellations c WHERE c.city_event_id = e.id AND c.state = 'done') AS done
        FROM city_events e WHERE ${where}`,
  )
  if (!row) return null
  const total = Number(row.total)
  const done = Number(row.done)
  return { bookings: { done, toDo: total - done, total }, eventId: Number(row.id), status: row.status }
}
