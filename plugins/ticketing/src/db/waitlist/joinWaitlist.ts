import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'
import { liveAvailable } from '../seats/liveAvailable'
import { soldOutStatus } from '../seats/soldOutStatus'

export type NewEntry = { acceptPartial: boolean; email: string; eventId: number; locale: string; name: string; nonce: string; quantity: number }

/** The unique index that keeps one live entry per email and event. */
export const LIVE_EMAIL_INDEX = 'waitlist_entries_live_email_idx'

/**
 * Puts a visitor on an event's waiting list in one statement: only while the seats a visitor
 * could book now are fewer than the quantity wanted (else nothing is written: null), the
 * event's `seats_waiting` grows by that quantity (those seats are the list's before the
 * public's) and the entry is inserted; a live entry of the same email makes the whole statement
 * fail on LIVE_EMAIL_INDEX.
 */
export const joinWaitlist = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, entry: NewEntry): Promise<null | { createdAt: string; id: number }> => {
  const [row] = await query<{ created_at: Date | string; id: number | string }>(
    req,
    sql`WITH ev AS (
          UPDATE city_events e SET seats_waiting = e.seats_waiting + ${entry.quantity}, status = ${soldOutStatus(entry.quantity)}
          WHERE e.id = ${entry.eventId} AND e.status <> 'CANCELLED' AND ${liveAvailable} < ${entry.quantity}
          RETURNING e.id
        )
        INSERT INTO waitlist_entries (city_event_id, status, name, email, quantity, accept_partial, locale, token_nonce)
        SELECT ev.id, 'WAITING', ${entry.name}, ${entry.email.toLowerCase()}, ${entry.quantity}, ${entry.acceptPartial}, ${entry.locale}, ${entry.nonce} FROM ev
        RETURNING id, created_at`,
  )
  return row ? { createdAt: new Date(row.created_at).toISOString(), id: Number(row.id) } : null
}
