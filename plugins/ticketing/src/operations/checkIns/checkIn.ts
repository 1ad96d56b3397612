import type { PayloadRequest } from 'payload'

import { findDoorEvent } from '../../db/checkIns/findDoorEvent'
import { findTicket } from '../../db/checkIns/findTicket'
import { recordCheckIn } from '../../db/checkIns/recordCheckIn'
import { type CheckInResult, checkInVerdict } from '../../domain/checkIn/checkInVerdict'
import { eventDay } from '../../domain/checkIn/eventDay'
import type { EventKey } from '../../domain/eventKey'
import { ERROR_CODES, TicketingError } from '../../errors'

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

/**
 * A scan at the door: finds the ticket, decides whether it may go in (domain/checkIn), then
 * records the day's check-in, the database deciding who was first. A retry of a request that
 * was let in (same `requestId`, same user) answers OK again with the same check-in.
 *
 * @throws TicketingError 404 EVENT_NOT_FOUND, 404 TICKET_NOT_FOUND.
 */
export const checkIn = async ({ input, now = new Date(), req, usersSlug }: { input: CheckInInput; now?: Date; req: PayloadRequest; usersSlug: string }): Promise<CheckInAnswer> => {
  const [event, ticket] = await Promise.all([findDoorEvent(req, input.event), findTicket(req, input.code)])
  if (!event) throw new TicketingError(ERROR_CODES.EVENT_NOT_FOUND, 404, 'No such event.')
  if (!ticket) throw new TicketingError(ERROR_CODES.TICKET_NOT_FOUND, 404, 'No ticket has this code.')
  const day = eventDay(now, event.timezone)
  const base = { attendee: ticket.attendee, booking: { quantity: ticket.booking.quantity, reference: ticket.booking.reference }, day }
  const verdict = checkInVerdict(
    { bookingStatus: ticket.booking.status, paymentStatus: ticket.booking.paymentStatus, ticketEventId: ticket.eventId },
    { endsAt: event.endsAt, eventId: event.id, now, startsAt: event.startsAt },
  )
  if (verdict !== 'ADMIT') return { ...base, checkedInAt: null, result: verdict }
  const userId = req.user?.id ?? null
  const { created, row } = await recordCheckIn(req, usersSlug, {
    attendeeId: ticket.attendee.id,
    bookingId: ticket.booking.id,
    day,
    deviceId: input.deviceId ?? null,
    eventId: event.id,
    requestId: input.requestId ?? null,
    userId,
  })
  const replay = !created && input.requestId != null && row.requestId === input.requestId && String(row.byId) === String(userId)
  if (created || replay) return { ...base, checkInId: row.id, checkedInAt: row.at, result: 'OK' }
  return { ...base, checkInId: row.id, checkedInAt: row.at, first: { at: row.at, by: row.by, deviceId: row.deviceId }, result: 'ALREADY_CHECKED_IN' }
}
