type Dates = { endsAt?: null | string; startsAt: string; timezone: string }

const zoneName = (at: Date, locale: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? timeZone

/**
 * An event's dates as its visitors will live them: in the event's own time zone, whatever
 * the server's or the reader's zone. `day` for cards, `full` for the event page.
 */
export const formatEventDates = ({ endsAt, startsAt, timezone }: Dates, locale: string) => {
  const start = new Date(startsAt)
  const end = endsAt ? new Date(endsAt) : null
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: timezone, year: 'numeric' })
  const weekday = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: timezone, weekday: 'long', year: 'numeric' })
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: timezone })
  return {
    /** "12–13 mars 2027" */
    days: end ? day.formatRange(start, end) : day.format(start),
    /** "jeudi 12 mars 2027 – vendredi 13 mars 2027" */
    fullDays: end ? weekday.formatRange(start, end) : weekday.format(start),
    /** "09:00 – 17:30" */
    hours: end ? `${time.format(start)} – ${time.format(end)}` : time.format(start),
    /** "UTC+1" / "EST": the zone the hours are in */
    zone: zoneName(start, locale, timezone),
  }
}
