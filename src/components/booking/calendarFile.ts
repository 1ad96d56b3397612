import type { BookingView } from './types'

const stamp = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
// RFC 5545 §3.3.11: backslash, semicolon and comma are escaped; newlines become \n.
const text = (value: string) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n')
// RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + space), never inside a character.
const fold = (line: string) => {
  const out: string[] = []
  let current = ''
  for (const char of line) {
    if (new TextEncoder().encode(current + char).length > 75) {
      out.push(current)
      current = ` ${char}`
    } else current += char
  }
  return [...out, current].join('\r\n')
}

/** An iCalendar file (one VEVENT) for a booking's event, to add it to a calendar. */
export const calendarFile = (booking: BookingView, url: string): null | string => {
  const event = booking.event
  if (!event) return null
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Masterclass//Booking//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${booking.reference}@${new URL(url).hostname}`,
    `DTSTAMP:${stamp(new Date().toISOString())}`,
    `DTSTART:${stamp(event.startsAt)}`,
    ...(event.endsAt ? [`DTEND:${stamp(event.endsAt)}`] : []),
    `SUMMARY:${text(event.title)}`,
    `LOCATION:${text([event.venueName, event.city].filter(Boolean).join(', '))}`,
    `DESCRIPTION:${text(`${booking.reference} — ${url}`)}`,
    `URL:${url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return `${lines.map(fold).join('\r\n')}\r\n`
}
