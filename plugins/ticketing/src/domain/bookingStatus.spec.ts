import { describe, expect, it } from 'vitest'
import {
  BOOKING_STATUSES,
  canTransitionBooking,
  isBookingStatus,
  type BookingStatus,
} from './bookingStatus'

/** The complete allowed set; every pair not listed must be rejected. */
const ALLOWED: Record<BookingStatus, BookingStatus[]> = {
  PENDING: ['CONFIRMED', 'EXPIRED', 'CANCELLED'],
  EXPIRED: ['CONFIRMED', 'CANCELLED', 'REFUNDED'],
  CANCELLED: ['CONFIRMED', 'REFUNDED'],
  CONFIRMED: ['REFUNDED'],
  REFUNDED: [],
}

const pairs = BOOKING_STATUSES.flatMap((from) => BOOKING_STATUSES.map((to) => [from, to] as const))

describe('canTransitionBooking', () => {
  it('lists the five statuses', () => {
    expect([...BOOKING_STATUSES]).toEqual(['PENDING', 'CONFIRMED', 'EXPIRED', 'CANCELLED', 'REFUNDED'])
  })

  it.each(pairs)('%s → %s matches the transition table', (from, to) => {
    expect(canTransitionBooking(from, to)).toBe(ALLOWED[from].includes(to))
  })

  it('lets a late payment confirm an EXPIRED or CANCELLED booking', () => {
    expect(canTransitionBooking('EXPIRED', 'CONFIRMED')).toBe(true)
    expect(canTransitionBooking('CANCELLED', 'CONFIRMED')).toBe(true)
  })

  it('never moves back to PENDING', () => {
    for (const from of BOOKING_STATUSES) expect(canTransitionBooking(from, 'PENDING')).toBe(false)
  })

  it('keeps CONFIRMED from expiring or being cancelled without a refund', () => {
    expect(canTransitionBooking('CONFIRMED', 'EXPIRED')).toBe(false)
    expect(canTransitionBooking('CONFIRMED', 'CANCELLED')).toBe(false)
  })

  it('treats REFUNDED as terminal', () => {
    for (const to of BOOKING_STATUSES) expect(canTransitionBooking('REFUNDED', to)).toBe(false)
  })

  it('rejects unknown statuses, including Object.prototype keys', () => {
    expect(canTransitionBooking('PENDING', 'PAID' as BookingStatus)).toBe(false)
    expect(canTransitionBooking('constructor' as BookingStatus, 'CONFIRMED')).toBe(false)
    expect(canTransitionBooking('PENDING', 'toString' as BookingStatus)).toBe(false)
  })
})

describe('isBookingStatus', () => {
  it('accepts exactly the known statuses', () => {
    for (const s of BOOKING_STATUSES) expect(isBookingStatus(s)).toBe(true)
    for (const s of ['pending', 'PAID', '', null, 1, 'constructor']) expect(isBookingStatus(s)).toBe(false)
  })
})
