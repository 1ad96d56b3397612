/** What a scan at the door answers. */
export const CHECK_IN_RESULTS = ['OK', 'ALREADY_CHECKED_IN', 'WRONG_EVENT', 'NOT_PAID', 'CANCELLED', 'NOT_OPEN'] as const
export type CheckInResult = (typeof CHECK_IN_RESULTS)[number]

/** Doors open this long before the event starts. */
export const DOORS_OPEN_MS = 3 * 3_600_000

/** Without an end, the event's check-in closes this long after its start. */
export const DEFAULT_LENGTH_MS = 24 * 3_600_000

/** Bookings that ended: their tickets are CANCELLED at the door. */
export const ENDED_BOOKING_STATUSES = ['CANCELLED', 'EXPIRED', 'REFUNDED'] as const
/** A confirmed booking with one of these payment states is paid in full (the others: NOT_PAID). */
export const PAID_PAYMENT_STATUSES = ['PAID', 'PARTIALLY_REFUNDED'] as const

export type TicketState = {
  bookingStatus: string
  paymentStatus: string
  /** The event the ticket is for. */
  ticketEventId: number
}

export type DoorState = {
  endsAt: Date | null
  /** The event being scanned for. */
  eventId: number
  now: Date
  startsAt: Date
}

/**
 * Whether a ticket may go in now, before any check-in is recorded: `ADMIT` (record it; the
 * database then says OK or ALREADY_CHECKED_IN), or the refusal. In this order: a ticket for
 * another event; a booking that ended (cancelled, refunded, expired); one not paid in full
 * (pending, processing, disputed: the door decides); outside the check-in window (from three
 * hours before the start to the end).
 */
export const checkInVerdict = (ticket: TicketState, door: DoorState): 'ADMIT' | Exclude<CheckInResult, 'ALREADY_CHECKED_IN' | 'OK'> => {
  if (ticket.ticketEventId !== door.eventId) return 'WRONG_EVENT'
  if ((ENDED_BOOKING_STATUSES as readonly string[]).includes(ticket.bookingStatus)) return 'CANCELLED'
  if (ticket.bookingStatus !== 'CONFIRMED' || !(PAID_PAYMENT_STATUSES as readonly string[]).includes(ticket.paymentStatus)) return 'NOT_PAID'
  const opens = door.startsAt.getTime() - DOORS_OPEN_MS
  const closes = door.endsAt ? door.endsAt.getTime() : door.startsAt.getTime() + DEFAULT_LENGTH_MS
  if (door.now.getTime() < opens || door.now.getTime() > closes) return 'NOT_OPEN'
  return 'ADMIT'
}
