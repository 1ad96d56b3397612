import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { findDoorEvent } from '../../db/checkIns/findDoorEvent'
import { query } from '../../db/core/query'
import { eventDay } from '../../domain/checkIn/eventDay'
import type { EventKey } from '../../domain/eventKey'
import { ERROR_CODES, TicketingError } from '../../errors'

/** Lower case, accents and spaces removed: "Élodie  Dupré" and "elodie dupre" compare equal. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s-]+/g, '')

/** How many matches the list returns at most (the counts cover every attendee). */
const MAX_LISTED = 200

export type EventAttendees = {
  attendees: Array<{ checkedInDays: string[]; id: number; name: string; reference: string; ticketCode: null | string }>
  checkedIn: number
  day: string
  expected: number
}

/**
 * The attendees of an event's confirmed bookings for the door: how many are expected, how many
 * are checked in on `day` (today where the event is, by default), and those whose name, ticket
 * code or booking reference contains `q` (ignoring case and accents).
 */
export const eventAttendees = async (req: PayloadRequest, key: EventKey, { day, limit = MAX_LISTED, now = new Date(), q }: { day?: string; limit?: number; now?: Date; q?: string }): Promise<EventAttendees> => {
  const event = await findDoorEvent(req, key)
  if (!event) throw new TicketingError(ERROR_CODES.EVENT_NOT_FOUND, 404, 'No such event.')
  const rows = await query<{ days: null | string[]; id: number | string; name: string; reference: string; ticket_code: null | string }>(
    req,
    sql`SELECT a.id, a.name, a.ticket_code, b.reference,
          (SELECT array_agg(c.day ORDER BY c.day) FROM check_ins c WHERE c.attendee_id = a.id) AS days
        FROM attendees a JOIN bookings b ON b.id = a.booking_id AND b.status = 'CONFIRMED'
        WHERE a.city_event_id = ${event.id}
        ORDER BY a.name, a.id`,
  )
  const today = day ?? eventDay(now, event.timezone)
  const wanted = q ? fold(q) : ''
  const all = rows.map((row) => ({ checkedInDays: row.days ?? [], id: Number(row.id), name: row.name, reference: row.reference, ticketCode: row.ticket_code }))
  const matches = wanted ? all.filter((a) => [a.name, a.ticketCode ?? '', a.reference].some((text) => fold(text).includes(wanted))) : all
  return {
    attendees: matches.slice(0, Math.min(limit, MAX_LISTED)),
    checkedIn: all.filter((a) => a.checkedInDays.includes(today)).length,
    day: today,
    expected: all.length,
  }
}
