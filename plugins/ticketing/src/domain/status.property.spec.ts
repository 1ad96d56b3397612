import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BOOKING_STATUSES, canTransitionBooking, type BookingStatus } from './bookingStatus'
import { PAYMENT_STATUSES, canTransitionPayment, type PaymentStatus } from './paymentStatus'

/** Applies each attempted transition only when the state machine allows it. */
function run<S>(start: S, attempts: S[], can: (from: S, to: S) => boolean): S[] {
  const visited = [start]
  let current = start
  for (const next of attempts) {
    if (can(current, next)) current = next
    visited.push(current)
  }
  return visited
}

describe('status machines (properties)', () => {
  it('once PAID is reached, a payment never returns to PENDING, PROCESSING or FAILED', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PAYMENT_STATUSES), { maxLength: 60 }), (attempts) => {
        const visited = run<PaymentStatus>('PENDING', attempts, canTransitionPayment)
        const firstPaid = visited.indexOf('PAID')
        fc.pre(firstPaid >= 0)
        for (const s of visited.slice(firstPaid)) {
          expect(['PENDING', 'PROCESSING', 'FAILED']).not.toContain(s)
        }
      }),
    )
  })

  it('a REFUNDED payment or booking stays REFUNDED', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PAYMENT_STATUSES), { maxLength: 30 }),
        fc.array(fc.constantFrom(...BOOKING_STATUSES), { maxLength: 30 }),
        (payments, bookings) => {
          expect(new Set(run<PaymentStatus>('REFUNDED', payments, canTransitionPayment))).toEqual(new Set(['REFUNDED']))
          expect(new Set(run<BookingStatus>('REFUNDED', bookings, canTransitionBooking))).toEqual(new Set(['REFUNDED']))
        },
      ),
    )
  })

  it('a booking never returns to PENDING, and once CONFIRMED only REFUNDED can follow', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BOOKING_STATUSES), { maxLength: 60 }), (attempts) => {
        const visited = run<BookingStatus>('PENDING', attempts, canTransitionBooking)
        const left = visited.findIndex((s) => s !== 'PENDING')
        if (left >= 0) expect(visited.slice(left)).not.toContain('PENDING')
        const confirmed = visited.indexOf('CONFIRMED')
        if (confirmed >= 0) {
          for (const s of visited.slice(confirmed)) expect(['CONFIRMED', 'REFUNDED']).toContain(s)
        }
      }),
    )
  })
})
