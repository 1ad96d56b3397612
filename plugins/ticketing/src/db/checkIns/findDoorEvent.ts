import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { EventKey } from '../../domain/eventKey'
import { query } from '../core/query'

export type DoorEvent = { endsAt: Date | null; id: number; startsAt: Date; timezone: string }

/** What the door needs of an event (any status): its id, times and time zone. */
export const findDoorEvent = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, key: EventKey): Promise<DoorEvent | null> => {
  const where = 'id' in key ? sql`id = ${key.id}` : sql`slug = ${key.slug}`
  const [row] = await query<{ ends_at: null | string; id: number | string; starts_at: string; timezone: string }>(
    req,
    sql`SELECT id, starts_at, ends_at, timezone FROM city_events WHERE ${where}`,
  )
  if (!row) return null
  return { endsAt: row.ends_at ? new Date(row.ends_at) : null, id: Number(row.id), startsAt: new Date(row.starts_at), timezone: row.timezone }
}
