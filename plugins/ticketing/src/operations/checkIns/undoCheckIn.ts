import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../../db/core/query'
import { withTransaction } from '../../db/core/withTransaction'
import { ERROR_CODES, TicketingError } from '../../errors'
import { writeAuditEntry } from '../audit/writeAuditEntry'

/**
 * Undoes a check-in (a scan by mistake, the wrong person let in): deletes its row and records
 * who did it in the audit log, in one transaction. The attendee can then be scanned again that day.
 *
 * @throws TicketingError 404 CHECK_IN_NOT_FOUND.
 */
export const undoCheckIn = async (req: PayloadRequest, id: number): Promise<{ attendeeId: number; day: string; id: number }> =>
  withTransaction(req, async () => {
    const [row] = await query<{ attendee_id: number | string; booking_id: number | string; checked_in_at: string; day: string }>(
      req,
      sql`DELETE FROM check_ins WHERE id = ${id} RETURNING attendee_id, booking_id, day, checked_in_at`,
    )
    if (!row) throw new TicketingError(ERROR_CODES.CHECK_IN_NOT_FOUND, 404, 'No such check-in (already undone?).')
    const attendeeId = Number(row.attendee_id)
    await writeAuditEntry(req, {
      action: 'checkin.undo',
      bookingId: Number(row.booking_id),
      details: { attendeeId, checkedInAt: new Date(row.checked_in_at).toISOString(), day: row.day },
      target: `check-ins:${id}`,
    })
    return { attendeeId, day: row.day, id }
  })
