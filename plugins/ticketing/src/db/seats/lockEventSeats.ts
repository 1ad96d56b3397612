import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'
import { soldOutStatus } from './soldOutStatus'

/**
 * For an edit of an event: locks its row for the rest of the transaction (concurrent holds wait
 * for the edit, then see the new capacity) and answers the seats taken (confirmed + held) and
 * the status the sold-out rule gives the new capacity and status.
 */
export const lockEventSeats = async (
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  eventId: number | string,
  edit: { capacity: number; status: string },
): Promise<{ status: string; taken: number }> => {
  const [row] = await query<{ status: string; taken: number }>(
    req,
    sql`SELECT seats_confirmed + seats_held + seats_offered AS taken, ${soldOutStatus(0, edit)} AS status FROM city_events WHERE id = ${eventId} FOR UPDATE`,
  )
  return { status: row?.status ?? edit.status, taken: Number(row?.taken ?? 0) }
}
