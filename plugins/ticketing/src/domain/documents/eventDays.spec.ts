import { describe, expect, it } from 'vitest'
import { eventDays } from './eventDays'

describe('eventDays', () => {
  it('gives the first and last local days of an event', () => {
    expect(eventDays('2027-03-12T08:00:00Z', '2027-03-13T16:30:00Z', 'Europe/Paris')).toEqual({ first: '2027-03-12', last: '2027-03-13' })
    expect(eventDays('2027-05-07T13:00:00Z', '2027-05-09T01:30:00Z', 'America/Toronto')).toEqual({ first: '2027-05-07', last: '2027-05-08' })
  })

  it('ends an event closing at local midnight the day before, never before its start', () => {
    expect(eventDays('2027-03-12T08:00:00Z', '2027-03-13T23:00:00Z', 'Europe/Paris')).toEqual({ first: '2027-03-12', last: '2027-03-13' })
    expect(eventDays('2027-03-12T23:00:00Z', '2027-03-12T23:00:00Z', 'Europe/Paris')).toEqual({ first: '2027-03-13', last: '2027-03-13' })
  })
})
