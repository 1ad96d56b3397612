const formats = new Map<string, Intl.DateTimeFormat>()

/** The calendar date (`YYYY-MM-DD`) of `instant` in the IANA time zone `timezone`: an event's local day. */
export const eventDay = (instant: Date, timezone: string): string => {
  let format = formats.get(timezone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { day: '2-digit', month: '2-digit', timeZone: timezone, year: 'numeric' })
    formats.set(timezone, format)
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]))
  return `${parts.year}-${parts.month}-${parts.day}`
}

/** Every local day an event covers, from its start's to its end's (its start's alone without an end). */
export const eventDays = (startsAt: Date, endsAt: Date | null, timezone: string): string[] => {
  const last = eventDay(endsAt ?? startsAt, timezone)
  const days = [eventDay(startsAt, timezone)]
  // Step in 12-hour strides (local days are 23 to 25 hours long) and keep each new date once.
  for (let t = startsAt.getTime(); days[days.length - 1]! < last; t += 12 * 3_600_000) {
    const day = eventDay(new Date(t), timezone)
    if (day > days[days.length - 1]!) days.push(day)
  }
  return days
}
