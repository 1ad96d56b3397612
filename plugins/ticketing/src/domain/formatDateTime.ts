const formats = new Map<string, Intl.DateTimeFormat>()

/**
 * A date and time for people, in a BCP 47 `locale` and an IANA `timeZone` (the runtime's when
 * none): `formatDateTime('2026-12-06T12:00:00Z', 'fr', 'Europe/Paris')` → `6 déc. 2026, 13:00`,
 * in English `Dec 6, 2026, 1:00 PM` — the same as the admin's date fields (date-fns `PPp`).
 *
 * @throws RangeError on an invalid date, locale or time zone.
 */
export function formatDateTime(value: Date | string, locale: string, timeZone?: string): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`)
  const key = `${locale}|${timeZone ?? ''}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone })
    formats.set(key, format)
  }
  return format.format(date)
}
