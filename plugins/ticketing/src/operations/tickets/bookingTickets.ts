import type { AttendeeRecord } from '../../db/bookings/findAttendees'
import type { EventRecord } from '../../db/events/findEvents'
import type { FrozenTicket } from '../../documents/types'

/**
 * The tickets of a confirmed booking, one per attendee that has its code and QR secret, in
 * the booking's language (French unless it was made in English), for the ticket PDF.
 */
export const bookingTickets = (
  booking: { locale: string; reference: string },
  event: Pick<EventRecord, 'city' | 'endsAt' | 'startsAt' | 'timezone' | 'title' | 'venueAddress' | 'venueName'>,
  attendees: AttendeeRecord[],
): FrozenTicket[] =>
  attendees.flatMap((attendee) =>
    attendee.ticketCode && attendee.qrSecret
      ? [
          {
            attendeeName: attendee.name,
            bookingReference: booking.reference,
            language: booking.locale === 'en' ? 'en' : 'fr',
            qrSecret: attendee.qrSecret,
            service: {
              city: event.city,
              endsAt: event.endsAt ?? event.startsAt,
              startsAt: event.startsAt,
              timezone: event.timezone,
              title: event.title,
              venueAddress: event.venueAddress,
              venueName: event.venueName,
            },
            ticketCode: attendee.ticketCode,
          },
        ]
      : [],
  )
