import { describe, expect, it } from 'vitest'
import { formatDateRange } from './formatDateRange'

/** Intl joins ranges with thin or no-break spaces and an en dash; compare plainly. */
const plain = (value: string) => value.replace(/[\u00a0\u202f\u2009]/g, ' ')

describe('formatDateRange', () => {
  it('prints one day once', () => {
    expect(plain(formatDateRange('2027-03-12T08:00:00Z', '2027-03-12T16:00:00Z', 'Europe/Paris', 'fr'))).toBe('12 mars 2027')
  })

  it('shares the month and year of a two-day event', () => {
    expect(plain(formatDateRange('2027-03-12T08:00:00Z', '2027-03-13T16:00:00Z', 'Europe/Paris', 'fr'))).toBe('12–13 mars 2027')
    expect(plain(formatDateRange('2027-03-12T08:00:00Z', '2027-03-13T16:00:00Z', 'Europe/Paris', 'en'))).toBe('12 – 13 March 2027')
  })

  it('uses the event time zone: a Montréal evening is not the next day', () => {
    expect(plain(formatDateRange('2027-05-20T13:00:00Z', '2027-05-22T02:30:00Z', 'America/Toronto', 'fr'))).toBe('20–21 mai 2027')
  })

  it('spans months, and an event ending at local midnight ends the day before', () => {
    expect(plain(formatDateRange('2027-03-30T07:00:00Z', '2027-04-02T15:00:00Z', 'Europe/Paris', 'fr'))).toBe('30 mars – 2 avril 2027')
    expect(plain(formatDateRange('2027-03-12T08:00:00Z', '2027-03-13T23:00:00Z', 'Europe/Paris', 'fr'))).toBe('12–13 mars 2027')
  })
})
