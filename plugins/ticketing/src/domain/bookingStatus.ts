/**
 * Booking lifecycle. Statuses never move backwards: a succeeded payment confirms a booking
 * only when `canTransitionBooking` allows it (operations/payments/settleSucceededPayment), so a
 * replayed or late event never undoes a refund; the SQL guards of db/ follow the same table.
 *
 *   PENDING   → CONFIRMED | EXPIRED | CANCELLED
 *   EXPIRED   → CONFIRMED (a late successful payment re-takes seats)
 *             | CANCELLED | REFUNDED (late payment that could not be honoured)
 *   CANCELLED → CONFIRMED (late successful payment, same as EXPIRED) | REFUNDED
 *   CONFIRMED → REFUNDED
 *   REFUNDED  → (terminal)
 */
export const BOOKING_STATUSES = ['PENDING', 'CONFIRMED', 'EXPIRED', 'CANCELLED', 'REFUNDED'] as const

export type BookingStatus = (typeof BOOKING_STATUSES)[number]

const BOOKING_TRANSITIONS: ReadonlyMap<string, readonly BookingStatus[]> = new Map<BookingStatus, BookingStatus[]>([
  ['PENDING', ['CONFIRMED', 'EXPIRED', 'CANCELLED']],
  ['EXPIRED', ['CONFIRMED', 'CANCELLED', 'REFUNDED']],
  ['CANCELLED', ['CONFIRMED', 'REFUNDED']],
  ['CONFIRMED', ['REFUNDED']],
  ['REFUNDED', []],
])

/** True when `value` is one of BOOKING_STATUSES. */
export function isBookingStatus(value: unknown): value is BookingStatus {
  return typeof value === 'string' && BOOKING_TRANSITIONS.has(value)
}

/**
 * Whether a booking may move from `from` to `to`. Same-status writes are not
 * transitions and return false (treat them as idempotent no-ops). Unknown
 * statuses return false.
 */
export function canTransitionBooking(from: BookingStatus, to: BookingStatus): boolean {
  return isBookingStatus(to) && (BOOKING_TRANSITIONS.get(from)?.includes(to) ?? false)
}
