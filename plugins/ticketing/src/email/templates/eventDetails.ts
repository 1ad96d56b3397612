import { formatEventDate } from '../formatEventDate'
import { type EmailStrings, strings } from '../strings'
import type { EmailDetail, EmailEvent, EmailLocale } from '../types'
import { venueLines } from './venueLines'

/** Detail rows describing an event: title, city, venue (if known) and its local date and time. */
export function eventDetails(event: EmailEvent, locale: EmailLocale, text: EmailStrings = strings[locale]): EmailDetail[] {
  const labels = text.labels
  const venue = venueLines(event)
  return [
    { label: labels.event, value: event.title },
    { label: labels.city, value: event.city },
    ...(venue ? [{ label: labels.venue, value: venue }] : []),
    { label: labels.date, value: formatEventDate(event.startsAt, event.timezone, locale, text) },
  ]
}
