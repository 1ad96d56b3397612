import { type EmailStrings, strings } from './strings'
import type { EmailLocale } from './types'

/**
 * Formats by locale, zone and options, made once per process: building an Intl.DateTimeFormat
 * costs far more than formatting with it, and every email and document formats dates. Only
 * valid zones get here (a few hundred exist), so the map stays small.
 */
const formats = new Map<string, Intl.DateTimeFormat>()

function format(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`
  let made = formats.get(key)
  if (!made) formats.set(key, (made = new Intl.DateTimeFormat(locale, { ...options, timeZone })))
  return made
}

function isValidTimeZone(timeZone: string): boolean {
  try {
    format('en', timeZone, {})
    return true
  } catch {
    return false
  }
}

/** `Europe/Paris` → `Paris`, `America/New_York` → `New York`; null for `UTC`, `Etc/GMT+5`… */
function zoneCity(timeZone: string): string | null {
  if (!timeZone.includes('/') || timeZone.startsWith('Etc/')) return null
  return timeZone.slice(timeZone.lastIndexOf('/') + 1).replace(/_/g, ' ')
}

function offsetName(date: Date, timeZone: string, locale: string): string {
  const parts = format(locale, timeZone, { timeZoneName: 'shortOffset' }).formatToParts(date)
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'UTC'
  return /^(UTC|GMT)([+-−]0)?$/.test(name) ? 'UTC' : name
}

/**
 * Formats an instant for a customer, in the EVENT's IANA time zone, with that
 * zone named so nobody converts it to their own time:
 * `vendredi 12 mars 2027, 09:00 (heure de Paris)` /
 * `Friday 12 March 2027, 9:00 AM (Paris time)`. An unknown time zone falls
 * back to UTC (shown as such) rather than failing the email.
 *
 * @throws RangeError when `iso` is not a valid date.
 */
export function formatEventDate(iso: string, timeZone: string, locale: EmailLocale, text: EmailStrings = strings[locale]): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${JSON.stringify(iso)}`)
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC'
  const t = text
  const day = format(t.intlLocale, zone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date)
  const time = format(t.timeLocale, zone, { timeStyle: 'short' }).format(date)
  const city = zoneCity(zone)
  const label = city ? t.zone(city) : offsetName(date, zone, t.intlLocale)
  return `${day}, ${time} (${label})`
}
