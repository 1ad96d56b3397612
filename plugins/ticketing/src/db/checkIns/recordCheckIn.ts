import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

export type CheckInRow = {
  at: string
  /** Who let the attendee in: the staff user's name, else their email. */
  by: null | string
  byId: null | number | string
  deviceId: null | string
  id: number
  requestId: null | string
}

export type NewCheckIn = {
  attendeeId: number
  bookingId: number
  day: string
  deviceId: null | string
  eventId: number
  requestId: null | string
  userId: null | number | string
}

const users = (slug: string) => sql.identifier(slug.replace(/-/g, '_'))

/**
 * Records a check-in for (attendee, day) unless one exists: one INSERT … ON CONFLICT DO NOTHING,
 * so the unique index decides between scans at the same instant. Returns the row and whether
 * this call created it; otherwise the row that was there first.
 */
export const recordCheckIn = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, usersSlug: string, entry: NewCheckIn): Promise<{ created: boolean; row: CheckInRow }> => {
  // A scan that lost the race may not see the winner's row in its own snapshot: the next statement does.
  for (let attempt = 1; ; attempt++) {
    const rows = await query<Record<string, unknown>>(
      req,
      sql`WITH inserted AS (
            INSERT INTO check_ins (attendee_id, city_event_id, booking_id, day, checked_in_at, checked_in_by_id, device_id, request_id, created_at, updated_at)
            VALUES (${entry.attendeeId}, ${entry.eventId}, ${entry.bookingId}, ${entry.day}, now(), ${entry.userId}, ${entry.deviceId}, ${entry.requestId}, now(), now())
            ON CONFLICT (attendee_id, day) DO NOTHING
            RETURNING id, checked_in_at, checked_in_by_id, device_id, request_id
          ), found AS (
            SELECT id, checked_in_at, checked_in_by_id, device_id, request_id, false AS created FROM inserted
            UNION ALL
            SELECT c.id, c.checked_in_at, c.checked_in_by_id, c.device_id, c.request_id, false FROM check_ins c
            WHERE c.attendee_id = ${entry.attendeeId} AND c.day = ${entry.day} AND NOT EXISTS (SELECT 1 FROM inserted)
          )
          SELECT f.id, f.checked_in_at, f.checked_in_by_id, f.device_id, f.request_id, EXISTS (SELECT 1 FROM inserted) AS created,
            COALESCE(to_jsonb(u) ->> 'name', u.email) AS by
          FROM found f LEFT JOIN ${users(usersSlug)} u ON u.id = f.checked_in_by_id`,
    )
    const [row] = rows
    // The winner's row is not in this statement's snapshot yet (or was undone meanwhile): read again.
    if (!row) {
      if (attempt >= 5) throw new Error('recordCheckIn: the check-in row kept changing under the scan')
      continue
    }
    return {
      created: Boolean(row.created),
      row: {
        at: new Date(row.checked_in_at as string).toISOString(),
        by: (row.by as null | string) ?? null,
        byId: (row.checked_in_by_id as null | number | string) ?? null,
        deviceId: (row.device_id as null | string) ?? null,
        id: Number(row.id),
        requestId: (row.request_id as null | string) ?? null,
      },
    }
  }
}
