import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { holdMayExpire } from './holdMayExpire'
import { query } from '../core/query'
import { soldOutStatus } from './soldOutStatus'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/**
 * Expires the PENDING holds of one event whose time is up and gives their seats back, in
 * one statement. Holds whose payment is processing or paid are left to the webhook. Safe to
 * run concurrently: each booking row is updated once, so its seats return once.
 * Returns the ids of the bookings it expired.
 */
export const expireStaleHolds = async (req: Req, eventId: number | string): Promise<number[]> => {
  const rows = await query<{ id: number }>(
    req,
    sql`WITH expired AS (
          UPDATE bookings SET status = 'EXPIRED', updated_at = now()
          WHERE city_event_id = ${eventId} AND ${holdMayExpire()}
          RETURNING id, quantity
        ), released AS (
          UPDATE city_events SET
            seats_held = seats_held - (SELECT coalesce(sum(quantity), 0) FROM expired),
            status = ${soldOutStatus(sql`-(SELECT coalesce(sum(quantity), 0) FROM expired)`)}
          WHERE id = ${eventId} AND EXISTS (SELECT 1 FROM expired)
        )
        SELECT id FROM expired`,
  )
  return rows.map((row) => Number(row.id))
}
