import { eventDays } from './eventDays'

const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', timeZone: 'UTC', year: 'numeric' }
const FORMATS = { en: new Intl.DateTimeFormat('en-GB', options), fr: new Intl.DateTimeFormat('fr-FR', options) }

/**
 * Prints the days of an event, in its own time zone, as short as they read well:
 * `12 mars 2027`, `12–13 mars 2027`, `30 mars – 2 avril 2027` (Intl's ranges; `12 – 13 March
 * 2027` in English). The last day is the one `eventDays` gives.
 *
 * @throws RangeError when a date is invalid or the time zone is unknown.
 */
export function formatDateRange(startsAt: string, endsAt: string, timeZone: string, language: 'en' | 'fr'): string {
  const { first, last } = eventDays(startsAt, endsAt, timeZone)
  return FORMATS[language].formatRange(new Date(`${first}T12:00:00Z`), new Date(`${last}T12:00:00Z`))
}
