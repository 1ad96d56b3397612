import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

/** Check-ins per event and local day, for the dashboard: `{eventId: [{day, count}]}`, days in order. */
export const checkInsPerDay = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>): Promise<Map<number, Array<{ count: number; day: string }>>> => {
  const rows = await query<{ count: number | string; day: string; event_id: number | string }>(
    req,
    sql`SELECT city_event_id AS event_id, day, count(*) AS count FROM check_ins GROUP BY city_event_id, day ORDER BY city_event_id, day`,
  )
  const byEvent = new Map<number, Array<{ count: number; day: string }>>()
  for (const row of rows) {
    const id = Number(row.event_id)
    byEvent.set(id, [...(byEvent.get(id) ?? []), { count: Number(row.count), day: row.day }])
  }
  return byEvent
}

/** Certificates issued per event (revoked ones not counted), for the dashboard. */
export const certificatesPerEvent = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>): Promise<Map<number, number>> => {
  const rows = await query<{ count: number | string; event_id: number | string }>(
    req,
    sql`SELECT city_event_id AS event_id, count(*) AS count FROM certificates WHERE status = 'VALID' GROUP BY city_event_id`,
  )
  return new Map(rows.map((row) => [Number(row.event_id), Number(row.count)]))
}
