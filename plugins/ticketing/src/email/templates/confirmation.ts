import { formatMoney } from '../formatMoney'
import { buildIcs } from '../../domain/calendar/buildIcs'
import { renderEmail } from '../renderEmail'
import { resolveLocale } from '../resolveLocale'
import { type EmailStrings, strings } from '../strings'
import type { EmailBooking, EmailEvent, RenderedEmail } from '../types'
import { eventDetails } from './eventDetails'
import { venueLines } from './venueLines'

export type ConfirmationInput = {
  /** The email's texts (the plugin's, with the host's overrides); default: the plugin's own. */
  text?: EmailStrings
  /** PRODID of the attached calendar file; default: the plugin's neutral one. */
  calendarProductId?: string
  booking: EmailBooking
  event: EmailEvent
  /** Absolute URL of the customer's booking page. */
  bookingUrl: string
}

/** The calendar UID: the booking reference at the site's host, stable across re-sends. */
function calendarUid(reference: string, bookingUrl: string): string {
  try {
    return `${reference}@${new URL(bookingUrl).hostname || 'ticketing.invalid'}`
  } catch {
    return `${reference}@ticketing.invalid`
  }
}

/**
 * The booking confirmation, in the booking's locale: event, venue, local date
 * and time, attendees with their ticket codes, amount paid, a link to the
 * booking page and an `.ics` calendar attachment.
 */
export function renderConfirmation({ booking, event, bookingUrl, calendarProductId, text }: ConfirmationInput): RenderedEmail {
  const locale = resolveLocale(booking.locale)
  const t = text ?? strings[locale]
  const location = [venueLines(event)?.replace(/\n/g, ', '), event.city].filter(Boolean).join(', ')
  const ics = buildIcs({
    uid: calendarUid(booking.reference, bookingUrl),
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    location,
    description: `${t.labels.reference}: ${booking.reference}\n${bookingUrl}`,
    url: bookingUrl,
    productId: calendarProductId,
  })
  return renderEmail({
    kind: 'confirmation',
    lang: locale,
    subject: t.confirmation.subject(booking.reference, event.title),
    heading: t.confirmation.heading,
    paragraphs: [t.greeting(booking.buyerName), t.confirmation.intro(event.title)],
    details: [
      { label: t.labels.reference, value: booking.reference },
      ...eventDetails(event, locale, t),
      { label: t.labels.tickets, value: String(booking.quantity) },
      { label: t.labels.amountPaid, value: formatMoney(booking.total, booking.currency, locale) },
    ],
    list: {
      title: t.confirmation.attendees,
      items: booking.attendees.map((attendee) => t.confirmation.attendee(attendee.name, attendee.ticketCode)),
    },
    action: { label: t.confirmation.action, url: bookingUrl },
    after: [t.confirmation.codes, t.confirmation.calendar, t.signOff],
    footer: t.footer,
    attachments: [
      {
        filename: `${booking.reference.replace(/[^A-Za-z0-9_-]/g, '')}.ics`,
        content: ics,
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      },
    ],
  })
}
