import { describe, expect, it } from 'vitest'
import { formatDocumentDate } from './formatDocumentDate'

describe('formatDocumentDate', () => {
  it('prints a frozen day in French and in English', () => {
    expect(formatDocumentDate('2026-12-05', 'Europe/Paris', 'fr')).toBe('5 décembre 2026')
    expect(formatDocumentDate('2026-12-05', 'Europe/Paris', 'en')).toBe('5 December 2026')
  })

  it('takes the day of an instant in the given time zone', () => {
    expect(formatDocumentDate('2026-12-31T23:30:00Z', 'Europe/Paris', 'fr')).toBe('1 janvier 2027')
    expect(formatDocumentDate('2027-01-01T03:00:00Z', 'America/Toronto', 'fr')).toBe('31 décembre 2026')
  })
})
