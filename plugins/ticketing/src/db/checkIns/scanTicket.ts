import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { DEFAULT_LENGTH_MS, DOORS_OPEN_MS, PAID_PAYMENT_STATUSES } from '../../domain/checkIn/checkInVerdict'
import type { EventKey } from '../../domain/eventKey'
import type { OwedLimits } from '../../security/rateLimit'
import { type PreparedStatement, preparedStatement } from '../core/preparedStatement'
import { rateLimitCtes } from '../core/rateLimitCtes'

export type ScanValues = {
  /** The code as scanned (a QR secret) and as a typed ticket code (`XXXXX-XXXXX`). */
  code: string
  deviceId: null | string
  eventId: null | number
  eventSlug: null | string
  limitKeys: string[]
  limitMaxPoints: number[]
  limitWindowsMs: number[]
  /** The instant of the scan: the event's day and its check-in window are taken at it. */
  now: string
  nowMs: number
  requestId: null | string
  ticketCode: string
  userId: null | number | string
}

export type ScanRow = {
  attendee_id: null | number | string
  booking_id: null | number | string
  booking_status: null | string
  check_in_id: null | number | string
  checked_in_at: Date | null | string
  checked_in_by_id: null | number | string
  created: boolean | null
  day: null | string
  device_id: null | string
  ends_at: Date | null | string
  event_id: null | number | string
  first_by: null | string
  name: null | string
  payment_status: null | string
  position: null | number
  quantity: null | number
  reference: null | string
  refused_until: null | number | string
  request_id: null | string
  starts_at: Date | null | string
  ticket_code: null | string
  ticket_event_id: null | number | string
}

const p = (name: keyof ScanValues) => sql`${sql.placeholder(name)}`
const statements = new Map<string, PreparedStatement<ScanValues>>()

/**
 * A scan at the door as ONE statement (one round trip, one commit):
 * - spends the scan's rate-limit points (rate-limiter-flexible's upsert on `ticketing_rate_limits`,
 *   the same rows and rules; a refused scan writes nothing else);
 * - finds the event (by id or slug) with its local day at `now` in its own time zone, and the
 *   ticket (by QR secret or typed code) with its booking;
 * - records the day's check-in only when the ticket may go in (its event, a confirmed booking
 *   paid in full, inside the check-in window: the rule of domain/checkIn/checkInVerdict). The
 *   unique index on (attendee, day) decides between scans at the same instant: the scan that
 *   loses waits for the winner's commit and its no-op DO UPDATE returns the winner's row, which
 *   a row inserted by this statement tells apart by its `xmax` (0 only for a fresh insert).
 * Returns one row: what the caller needs to answer, whatever happened (nulls where nothing was found).
 */
const scanStatement = (usersSlug: string) => {
  const users = sql.identifier(usersSlug.replace(/-/g, '_'))
  return preparedStatement<ScanValues>(`ticketing_check_in_${usersSlug.replace(/[^a-z0-9]/gi, '_')}`, () => sql`WITH ${rateLimitCtes}, event AS (
          SELECT e.id, e.starts_at, e.ends_at,
            to_char((${p('now')}::timestamptz AT TIME ZONE e.timezone)::date, 'YYYY-MM-DD') AS day,
            ${p('now')}::timestamptz BETWEEN e.starts_at - ${DOORS_OPEN_MS} * interval '1 millisecond'
              AND coalesce(e.ends_at, e.starts_at + ${DEFAULT_LENGTH_MS} * interval '1 millisecond') AS open
          FROM city_events e WHERE e.id = ${p('eventId')}::int OR e.slug = ${p('eventSlug')}::text
          LIMIT 1
        ), ticket AS (
          SELECT a.id, a.name, a.position, a.ticket_code, a.city_event_id, b.id AS booking_id, b.reference, b.quantity,
            b.status::text AS status, b.payment_status::text AS payment_status
          FROM attendees a JOIN bookings b ON b.id = a.booking_id
          WHERE a.qr_secret = ${p('code')}::text OR a.ticket_code = ${p('ticketCode')}::text
          LIMIT 1
        ), recorded AS (
          INSERT INTO check_ins AS c (attendee_id, city_event_id, booking_id, day, checked_in_at, checked_in_by_id, device_id, request_id, created_at, updated_at)
          SELECT ticket.id, event.id, ticket.booking_id, event.day, now(), ${p('userId')}, ${p('deviceId')}, ${p('requestId')}, now(), now()
          FROM ticket JOIN event ON event.id = ticket.city_event_id
          WHERE event.open AND ticket.status = 'CONFIRMED' AND ticket.payment_status IN ${[...PAID_PAYMENT_STATUSES]}
            AND NOT EXISTS (SELECT 1 FROM refused)
          ON CONFLICT (attendee_id, day) DO UPDATE SET updated_at = c.updated_at
          RETURNING c.id, c.checked_in_at, c.checked_in_by_id, c.device_id, c.request_id, c.xmax = 0 AS created
        )
        SELECT (SELECT max(expire) FROM refused) AS refused_until,
          event.id AS event_id, event.starts_at, event.ends_at, event.day,
          ticket.id AS attendee_id, ticket.name, ticket.position, ticket.ticket_code, ticket.city_event_id AS ticket_event_id,
          ticket.booking_id, ticket.reference, ticket.quantity, ticket.status AS booking_status, ticket.payment_status,
          recorded.id AS check_in_id, recorded.checked_in_at, recorded.checked_in_by_id, recorded.device_id, recorded.request_id, recorded.created,
          COALESCE(to_jsonb(u) ->> 'name', u.email) AS first_by
        FROM (SELECT 1) AS one
          LEFT JOIN event ON true
          LEFT JOIN ticket ON true
          LEFT JOIN recorded ON true
          LEFT JOIN ${users} u ON u.id = recorded.checked_in_by_id`)
}

export type ScanInput = { code: string; deviceId: null | string; event: EventKey; now: Date; requestId: null | string; userId: null | number | string }

/**
 * Runs the scan statement above for `input`, spending `limits` in it. The typed ticket code is
 * the code upper-cased, spaces dropped, its dash optional (both columns are unique, so at most
 * one attendee matches).
 */
export const scanTicket = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, usersSlug: string, input: ScanInput, limits: OwedLimits): Promise<ScanRow> => {
  let statement = statements.get(usersSlug)
  if (!statement) statements.set(usersSlug, (statement = scanStatement(usersSlug)))
  const typed = input.code.toUpperCase().replace(/\s+/g, '')
  const [row] = await statement.run<ScanRow>(req, {
    code: input.code,
    deviceId: input.deviceId,
    eventId: 'id' in input.event ? input.event.id : null,
    eventSlug: 'slug' in input.event ? input.event.slug : null,
    limitKeys: limits.keys,
    limitMaxPoints: limits.maxPoints,
    limitWindowsMs: limits.windowsMs,
    now: input.now.toISOString(),
    nowMs: Date.now(),
    requestId: input.requestId,
    ticketCode: /^[A-Z0-9]{10}$/.test(typed) ? `${typed.slice(0, 5)}-${typed.slice(5)}` : typed,
    userId: input.userId,
  })
  return row!
}
