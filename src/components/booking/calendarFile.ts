import { buildIcs } from '@masterclass/plugin-ticketing/domain'

import type { BookingView } from './types'

/** An iCalendar file (one VEVENT) for a booking's event, built by the plugin's calendar rule (the confirmation email's attachment). */
export const calendarFile = (booking: BookingView, url: string): null | string => {
  const event = booking.event
  if (!event) return null
  return buildIcs({
    description: `${booking.reference} — ${url}`,
    endsAt: event.endsAt,
    location: [event.venueName, event.city].filter(Boolean).join(', '),
    productId: '-//Masterclass//Booking//EN',
    startsAt: event.startsAt,
    title: event.title,
    uid: `${booking.reference}@${new URL(url).hostname}`,
    url,
  })
}
