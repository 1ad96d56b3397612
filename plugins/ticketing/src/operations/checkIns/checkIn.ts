import type { PayloadRequest } from 'payload'

import { scanTicket } from '../../db/checkIns/scanTicket'
import { type CheckInResult, checkInVerdict } from '../../domain/checkIn/checkInVerdict'
import type { EventKey } from '../../domain/eventKey'
import { ERROR_CODES, TicketingError } from '../../errors'
import { rateLimited, type RateLimitBudget } from '../../security/rateLimit'

export type CheckInInput = { code: string; deviceId?: null | string; event: EventKey; requestId?: null | string }

export type CheckInAnswer = {
  attendee: { id: number; name: string; position: number; ticketCode: null | string }
  booking: { quantity: number; reference: string }
  /** The check-in this answer is about (to undo it); absent when none was recorded. */
  checkInId?: number
  checkedInAt: null | string
  day: string
  first?: { at: string; by: null | string; deviceId: null | string }
  result: CheckInResult
}

const iso = (value: Date | string) => new Date(value).toISOString()

/**
 * A scan at the door, in one statement (db/checkIns/scanTicket): spends the scan's rate-limit
 * points (`limits`), finds the event and the ticket, and records the day's check-in when the
 * ticket may go in, the database deciding who was first. The refusal it names is the domain's
 * (domain/checkIn), from the same rows. A retry of a request that was let in (same `requestId`,
 * same user) answers OK again with the same check-in.
 *
 * @throws TicketingError 429 RATE_LIMITED, 404 EVENT_NOT_FOUND, 404 TICKET_NOT_FOUND.
 */
export const checkIn = async ({ input, limits, now = new Date(), req, usersSlug }: { input: CheckInInput; limits?: RateLimitBudget; now?: Date; req: PayloadRequest; usersSlug: string }): Promise<CheckInAnswer> => {
  const userId = req.user?.id ?? null
  const row = await scanTicket(
    req,
    usersSlug,
    { code: input.code, deviceId: input.deviceId ?? null, event: input.event, now, requestId: input.requestId ?? null, userId },
    limits?.owed() ?? { keys: [], maxPoints: [], windowsMs: [] },
  )
  limits?.spent()
  if (row.refused_until !== null) throw rateLimited(Number(row.refused_until) - Date.now())
  if (row.event_id === null) throw new TicketingError(ERROR_CODES.EVENT_NOT_FOUND, 404, 'No such event.')
  if (row.attendee_id === null) throw new TicketingError(ERROR_CODES.TICKET_NOT_FOUND, 404, 'No ticket has this code.')
  const base = {
    attendee: { id: Number(row.attendee_id), name: String(row.name), position: Number(row.position), ticketCode: row.ticket_code ?? null },
    booking: { quantity: Number(row.quantity), reference: String(row.reference) },
    day: String(row.day),
  }
  const verdict = checkInVerdict(
    { bookingStatus: String(row.booking_status), paymentStatus: String(row.payment_status), ticketEventId: Number(row.ticket_event_id) },
    { endsAt: row.ends_at === null ? null : new Date(row.ends_at), eventId: Number(row.event_id), now, startsAt: new Date(row.starts_at!) },
  )
  const recorded = row.check_in_id !== null
  // The statement applies the same rule: it recorded a check-in exactly when the ticket may go in.
  if (recorded !== (verdict === 'ADMIT')) throw new Error(`checkIn: the scan statement and the door rule disagree (${verdict})`)
  if (verdict !== 'ADMIT') return { ...base, checkedInAt: null, result: verdict }
  const at = iso(row.checked_in_at!)
  const checkInId = Number(row.check_in_id)
  const replay = !row.created && input.requestId != null && row.request_id === input.requestId && String(row.checked_in_by_id) === String(userId)
  if (row.created || replay) return { ...base, checkInId, checkedInAt: at, result: 'OK' }
  return { ...base, checkInId, checkedInAt: at, first: { at, by: row.first_by ?? null, deviceId: row.device_id ?? null }, result: 'ALREADY_CHECKED_IN' }
}
