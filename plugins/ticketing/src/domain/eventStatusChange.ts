import type { EventStatus } from './eventStatus'

export type EventStatusChange = {
  /** An admin (or the system, over the Local API without a user) asks for it. */
  byAdmin: boolean
  /** The stored status; null when the event is being created. */
  from: EventStatus | null
  /** The event has at least one booking (any status). */
  hasBookings: boolean
  to: EventStatus
}

/**
 * Why a change of an event's status through its form or API is refused, or null when it is
 * allowed. An event's status moves only along these rules:
 *
 *   created      in any status but SOLD_OUT (it has no bookings yet)
 *   DRAFT      → PUBLISHED
 *   PUBLISHED ↔ SOLD_OUT   only by the system, in the same SQL that takes or gives back seats
 *   any        → CANCELLED only through the cancel-and-refund action (its own SQL); CANCELLED is final
 *   any        → COMPLETED by the system after the end, or by an admin; COMPLETED is final
 *   any        → DRAFT     only while the event has no booking
 *
 * So an editor can never stop or reopen the sales of an event with bookings.
 */
export const eventStatusChangeRefusal = ({ byAdmin, from, hasBookings, to }: EventStatusChange): null | string => {
  if (from === null) return to === 'SOLD_OUT' ? 'An event is created with seats: SOLD_OUT follows its bookings.' : null
  if (from === to) return null
  if (from === 'CANCELLED') return 'A cancelled event stays cancelled: its bookings were refunded.'
  if (to === 'CANCELLED') return 'Cancel an event with its "Cancel event" action, which refunds every booking.'
  if (from === 'COMPLETED') return 'A completed event stays completed.'
  if (to === 'DRAFT') return hasBookings ? 'An event with bookings cannot go back to draft.' : null
  if (to === 'SOLD_OUT' || from === 'SOLD_OUT') return 'SOLD_OUT follows the seats: it is set and lifted as seats are taken and given back.'
  if (to === 'COMPLETED') return byAdmin ? null : 'Only an admin marks an event completed.'
  return null
}
