import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

/** Whether any booking (whatever its status) was ever made for the event. */
export const eventHasBookings = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, eventId: number | string): Promise<boolean> => {
  const [row] = await query<{ found: boolean }>(req, sql`SELECT EXISTS (SELECT 1 FROM bookings WHERE city_event_id = ${Number(eventId)}) AS found`)
  return Boolean(row?.found)
}
