import { describe, expect, it } from 'vitest'

import { formatDateTime } from './formatDateTime'

describe('formatDateTime', () => {
  it('writes a date and time as each language does, in the given zone', () => {
    expect(formatDateTime('2026-12-06T12:00:00Z', 'fr', 'Europe/Paris')).toBe('6 déc. 2026, 13:00')
    expect(formatDateTime('2026-12-06T12:00:00Z', 'en', 'Europe/Paris').replace(/\s/g, ' ')).toBe('Dec 6, 2026, 1:00 PM')
    expect(formatDateTime(new Date('2026-07-01T22:30:00Z'), 'fr', 'America/Toronto')).toBe('1 juil. 2026, 18:30')
  })

  it('refuses what is not a date', () => {
    expect(() => formatDateTime('soon', 'fr')).toThrow(RangeError)
  })
})
