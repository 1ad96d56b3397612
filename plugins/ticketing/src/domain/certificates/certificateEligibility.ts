export type CertificateRule = 'ALL_DAYS' | 'ANY_DAY'

/**
 * Whether an attendee checked in on `checkedInDays` earns a certificate for an event held on
 * `eventDays` (its local days): on every one of them (`ALL_DAYS`, the default) or on at least
 * one (`ANY_DAY`). Check-ins on other days do not count.
 */
export const earnsCertificate = (rule: CertificateRule, eventDays: readonly string[], checkedInDays: readonly string[]): boolean => {
  const attended = eventDays.filter((day) => checkedInDays.includes(day))
  return rule === 'ANY_DAY' ? attended.length > 0 : eventDays.length > 0 && attended.length === eventDays.length
}

/** A certificate number: the series prefix, the year of issue and five digits (`AT2027-00001`). */
export const certificateNumber = (prefix: string, year: number, sequence: number): string => `${prefix}${year}-${String(sequence).padStart(5, '0')}`
