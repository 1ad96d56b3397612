import { localDate } from './localDate'

/**
 * Prints a day on a document, long form, in the document's language: `5 décembre 2026`,
 * `5 December 2026`. `iso` is a frozen date (`2026-12-05`) or an instant, taken in `timeZone`.
 * The day is formatted at noon UTC so no time zone can move it.
 *
 * @throws RangeError when `iso` is not a date or the time zone is unknown.
 */
export function formatDocumentDate(iso: string, timeZone: string, language: 'en' | 'fr'): string {
  const day = localDate(iso, timeZone)
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
    year: 'numeric',
  }).format(new Date(`${day}T12:00:00Z`))
}
