import { escapeIcsText } from './escapeIcsText'
import { foldIcsLine } from './foldIcsLine'

const DEFAULT_DURATION_MS = 8 * 60 * 60 * 1000
/** The calendar's product identifier unless the caller names its own (e.g. `-//Acme//Tickets//EN`). */
export const DEFAULT_ICS_PRODUCT_ID = '-//Ticketing//Booking//EN'

export type IcsEventInput = {
  /** Globally unique and stable for the event instance, e.g. `MC-ABC123@example.com`. */
  uid: string
  title: string
  /** ISO 8601 instant. */
  startsAt: string
  /** ISO 8601 instant; defaults to start + 8 h when missing or not after the start. */
  endsAt?: string | null
  location?: string | null
  description?: string | null
  url?: string | null
  /** DTSTAMP; defaults to now. */
  now?: Date
  /** PRODID of the calendar (who made it); defaults to DEFAULT_ICS_PRODUCT_ID. */
  productId?: string
}

function toDate(value: string | Date, field: string): Date {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid ${field}: ${JSON.stringify(value)}`)
  return date
}

/** `2027-03-12T08:00:00.000Z` → `20270312T080000Z` (RFC 5545 UTC DATE-TIME). */
function formatUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '')
}

/**
 * Builds an RFC 5545 calendar (METHOD:PUBLISH) with one VEVENT (the confirmation
 * email's attachment, the booking page's "add to calendar"). Pure, for servers and browsers: UTC times, escaped TEXT values, lines folded at 75 octets and
 * CRLF line endings (including after the last line).
 *
 * @throws RangeError when `startsAt` (or a given `endsAt`) is not a valid date.
 */
export function buildIcs(input: IcsEventInput): string {
  const start = toDate(input.startsAt, 'startsAt')
  const parsedEnd = input.endsAt ? toDate(input.endsAt, 'endsAt') : null
  const end =
    parsedEnd && parsedEnd.getTime() > start.getTime()
      ? parsedEnd
      : new Date(start.getTime() + DEFAULT_DURATION_MS)
  const location = input.location?.trim()
  const description = input.description?.trim()
  const url = input.url?.replace(/[\r\n\s]+/g, '')

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeIcsText(input.productId?.trim() || DEFAULT_ICS_PRODUCT_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(input.uid)}`,
    `DTSTAMP:${formatUtc(input.now ?? new Date())}`,
    `DTSTART:${formatUtc(start)}`,
    `DTEND:${formatUtc(end)}`,
    `SUMMARY:${escapeIcsText(input.title)}`,
    ...(location ? [`LOCATION:${escapeIcsText(location)}`] : []),
    ...(description ? [`DESCRIPTION:${escapeIcsText(description)}`] : []),
    ...(url ? [`URL:${url}`] : []),
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(foldIcsLine).join('\r\n') + '\r\n'
}
