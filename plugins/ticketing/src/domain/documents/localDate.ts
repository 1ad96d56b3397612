const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** One Intl format per time zone: building one costs more than formatting with it. */
const formats = new Map<string, Intl.DateTimeFormat>()

/**
 * The calendar date (`YYYY-MM-DD`) of an instant in an IANA time zone:
 * `localDate('2027-03-12T23:30:00Z', 'Europe/Paris') === '2027-03-13'`. A value that already is
 * a date (`2026-12-05`) is returned as it is: documents print the day that was frozen.
 *
 * @throws RangeError when `iso` is not a date or the time zone is unknown.
 */
export function localDate(iso: string, timeZone: string): string {
  if (DATE_ONLY.test(iso)) return iso
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${JSON.stringify(iso)}`)
  let format = formats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { day: '2-digit', month: '2-digit', timeZone, year: 'numeric' })
    formats.set(timeZone, format)
  }
  const parts = format.formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}
