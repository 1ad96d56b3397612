import { localDate } from './localDate'

/**
 * The first and last calendar days (`YYYY-MM-DD`) of an event in its own time zone. An event
 * that ends exactly at midnight local time ends the day before; the last day is never before
 * the first.
 *
 * @throws RangeError when a date is invalid or the time zone is unknown.
 */
export function eventDays(startsAt: string, endsAt: string, timeZone: string): { first: string; last: string } {
  const first = localDate(startsAt, timeZone)
  const end = new Date(endsAt)
  const lastInstant = /^\d{4}-\d{2}-\d{2}$/.test(endsAt) || Number.isNaN(end.getTime()) ? endsAt : new Date(end.getTime() - 1).toISOString()
  const last = localDate(lastInstant, timeZone)
  return { first, last: last < first ? first : last }
}
