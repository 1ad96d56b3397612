import { describe, expect, it } from 'vitest'
import { localDate } from './localDate'

describe('localDate', () => {
  it('gives the day of an instant in the time zone, not in UTC', () => {
    expect(localDate('2027-03-12T23:30:00Z', 'Europe/Paris')).toBe('2027-03-13')
    expect(localDate('2027-03-13T03:00:00Z', 'America/Toronto')).toBe('2027-03-12')
    expect(localDate('2027-03-12T08:00:00.000Z', 'UTC')).toBe('2027-03-12')
  })

  it('keeps a frozen date as it is', () => {
    expect(localDate('2026-12-31', 'Pacific/Kiritimati')).toBe('2026-12-31')
  })

  it('rejects what is not a date', () => {
    expect(() => localDate('yesterday', 'Europe/Paris')).toThrow(RangeError)
    expect(() => localDate('2027-03-12T08:00:00Z', 'Mars/Olympus')).toThrow(RangeError)
  })
})
