import { describe, expect, it } from 'vitest'
import { formatEventDate } from './formatEventDate'

const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ')

describe('formatEventDate', () => {
  it('shows a Paris morning in Paris time (CET, UTC+1)', () => {
    expect(formatEventDate('2027-03-12T08:00:00Z', 'Europe/Paris', 'fr')).toBe(
      'vendredi 12 mars 2027, 09:00 (heure de Paris)',
    )
    expect(plain(formatEventDate('2027-03-12T08:00:00Z', 'Europe/Paris', 'en'))).toMatch(
      /^Friday,? 12 March 2027, 9:00 AM \(Paris time\)$/,
    )
  })

  it('shows a Toronto morning in Toronto time (EDT, UTC−4)', () => {
    expect(formatEventDate('2027-05-07T13:00:00Z', 'America/Toronto', 'fr')).toBe(
      'vendredi 7 mai 2027, 09:00 (heure de Toronto)',
    )
    expect(plain(formatEventDate('2027-05-07T13:00:00Z', 'America/Toronto', 'en'))).toContain('9:00 AM (Toronto time)')
  })

  it('changes the calendar day when the zone does', () => {
    expect(formatEventDate('2027-03-12T02:30:00Z', 'America/Toronto', 'fr')).toBe(
      'jeudi 11 mars 2027, 21:30 (heure de Toronto)',
    )
  })

  it('elides "de" before a vowel and spells multi-word cities', () => {
    expect(formatEventDate('2027-03-12T08:00:00Z', 'Europe/Amsterdam', 'fr')).toContain('(heure d’Amsterdam)')
    expect(formatEventDate('2027-03-12T08:00:00Z', 'America/New_York', 'en')).toContain('(New York time)')
  })

  it('falls back to UTC, labelled, for UTC or an unknown zone', () => {
    expect(formatEventDate('2027-03-12T08:00:00Z', 'UTC', 'fr')).toBe('vendredi 12 mars 2027, 08:00 (UTC)')
    expect(formatEventDate('2027-03-12T08:00:00Z', 'Mars/Olympus_Mons', 'fr')).toBe('vendredi 12 mars 2027, 08:00 (UTC)')
  })

  it('rejects an invalid date', () => {
    expect(() => formatEventDate('soon', 'Europe/Paris', 'fr')).toThrow(RangeError)
  })
})
