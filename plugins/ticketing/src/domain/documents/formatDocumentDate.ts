import { localDate } from './localDate'

const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', timeZone: 'UTC', year: 'numeric' }
const FORMATS = { en: new Intl.DateTimeFormat('en-GB', options), fr: new Intl.DateTimeFormat('fr-FR', options) }

/**
 * Prints a day on a document, long form, in the document's language: `5 décembre 2026`,
 * `5 December 2026`. `iso` is a frozen date (`2026-12-05`) or an instant, taken in `timeZone`.
 * The day is formatted at noon UTC so no time zone can move it.
 *
 * @throws RangeError when `iso` is not a date or the time zone is unknown.
 */
export function formatDocumentDate(iso: string, timeZone: string, language: 'en' | 'fr'): string {
  const day = localDate(iso, timeZone)
  return FORMATS[language].format(new Date(`${day}T12:00:00Z`))
}
