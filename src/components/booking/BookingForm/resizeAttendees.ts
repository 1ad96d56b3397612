import type { BookingDraft } from './useBookingDraft'

/**
 * The form after a change: one attendee per seat (names kept when the quantity moves), and
 * the first attendee kept equal to the buyer until the visitor edits it.
 */
export const resizeAttendees = (draft: BookingDraft): BookingDraft => {
  const attendees = Array.from({ length: draft.quantity }, (_, index) => draft.attendees[index] ?? { email: '', name: '' })
  if (draft.attendeeFollowsBuyer && attendees.length) attendees[0] = { email: draft.buyer.email, name: draft.buyer.name }
  return { ...draft, attendees }
}
