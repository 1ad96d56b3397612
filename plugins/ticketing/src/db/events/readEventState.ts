import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { EventStatus } from '../../constants'
import { liveAvailable } from '../seats/liveAvailable'
import { preparedStatement } from '../core/preparedStatement'

const statement = preparedStatement<{ id: number }>(
  'ticketing_event_state',
  () => sql`SELECT e.updated_at, e.status, ${liveAvailable} AS seats_available FROM city_events e WHERE e.id = ${sql.placeholder('id')}`,
)

/**
 * What changes on an event without an edit, read live in one small prepared statement: its
 * seats (as db/seats/liveAvailable counts them), its status (SOLD_OUT follows the seats), and its
 * content version (`updatedAt`), to tell whether a remembered copy is still current.
 */
export const readEventState = async (
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  id: number,
): Promise<null | { seatsAvailable: number; status: EventStatus; updatedAt: string }> => {
  const [row] = await statement.run<{ seats_available: number | string; status: EventStatus; updated_at: Date | string }>(req, { id })
  if (!row) return null
  return { seatsAvailable: Math.max(0, Number(row.seats_available)), status: row.status, updatedAt: new Date(row.updated_at).toISOString() }
}
