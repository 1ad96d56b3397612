import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { checkInVerdict, DOORS_OPEN_MS } from './checkInVerdict'
import { eventDay, eventDays } from './eventDay'

const startsAt = new Date('2027-03-12T08:00:00Z')
const endsAt = new Date('2027-03-13T16:30:00Z')
const paid = { bookingStatus: 'CONFIRMED', paymentStatus: 'PAID', ticketEventId: 7 }
const door = (now: Date) => ({ endsAt, eventId: 7, now, startsAt })

describe('checkInVerdict', () => {
  it('admits a paid ticket of this event from three hours before the start to the end', () => {
    expect(checkInVerdict(paid, door(new Date(startsAt.getTime() - DOORS_OPEN_MS)))).toBe('ADMIT')
    expect(checkInVerdict(paid, door(endsAt))).toBe('ADMIT')
    expect(checkInVerdict({ ...paid, paymentStatus: 'PARTIALLY_REFUNDED' }, door(startsAt))).toBe('ADMIT')
  })

  it('says NOT_OPEN just outside the window', () => {
    expect(checkInVerdict(paid, door(new Date(startsAt.getTime() - DOORS_OPEN_MS - 1)))).toBe('NOT_OPEN')
    expect(checkInVerdict(paid, door(new Date(endsAt.getTime() + 1)))).toBe('NOT_OPEN')
  })

  it('names each refusal', () => {
    expect(checkInVerdict({ ...paid, ticketEventId: 8 }, door(startsAt))).toBe('WRONG_EVENT')
    for (const status of ['CANCELLED', 'EXPIRED', 'REFUNDED']) expect(checkInVerdict({ ...paid, bookingStatus: status }, door(startsAt))).toBe('CANCELLED')
    expect(checkInVerdict({ ...paid, bookingStatus: 'PENDING', paymentStatus: 'PENDING' }, door(startsAt))).toBe('NOT_PAID')
    expect(checkInVerdict({ ...paid, paymentStatus: 'DISPUTED' }, door(startsAt))).toBe('NOT_PAID')
    expect(checkInVerdict({ ...paid, paymentStatus: 'PROCESSING' }, door(startsAt))).toBe('NOT_PAID')
  })

  it('admits only paid, confirmed tickets of this event inside the window (property)', () => {
    const statuses = fc.constantFrom('PENDING', 'CONFIRMED', 'EXPIRED', 'CANCELLED', 'REFUNDED')
    const payments = fc.constantFrom('PENDING', 'PROCESSING', 'PAID', 'FAILED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'DISPUTED')
    fc.assert(
      fc.property(statuses, payments, fc.integer({ max: 9, min: 6 }), fc.integer({ max: 3 * 86_400_000, min: -86_400_000 }), (bookingStatus, paymentStatus, ticketEventId, offset) => {
        const now = new Date(startsAt.getTime() + offset)
        const admitted = checkInVerdict({ bookingStatus, paymentStatus, ticketEventId }, door(now)) === 'ADMIT'
        const inWindow = offset >= -DOORS_OPEN_MS && now <= endsAt
        expect(admitted).toBe(ticketEventId === 7 && bookingStatus === 'CONFIRMED' && ['PAID', 'PARTIALLY_REFUNDED'].includes(paymentStatus) && inWindow)
      }),
    )
  })
})

describe('eventDay', () => {
  it('is the date where the event is, not in UTC', () => {
    expect(eventDay(new Date('2027-03-12T23:30:00Z'), 'Europe/Paris')).toBe('2027-03-13')
    expect(eventDay(new Date('2027-03-13T03:30:00Z'), 'America/Montreal')).toBe('2027-03-12')
  })

  it('lists every local day of an event, across a change of clocks', () => {
    expect(eventDays(startsAt, endsAt, 'Europe/Paris')).toEqual(['2027-03-12', '2027-03-13'])
    expect(eventDays(new Date('2027-03-27T08:00:00Z'), new Date('2027-03-29T15:00:00Z'), 'Europe/Paris')).toEqual(['2027-03-27', '2027-03-28', '2027-03-29'])
    expect(eventDays(startsAt, null, 'Europe/Paris')).toEqual(['2027-03-12'])
  })
})
