import type { BookingView } from '../types'

export type StatusMessage = 'cancelled' | 'confirmed' | 'expired' | 'failed' | 'processing' | 'refunded'

/** Which message a booking's status and payment state call for (keys of `booking.confirmation`). */
export const statusMessage = (booking: Pick<BookingView, 'paymentStatus' | 'status'>): StatusMessage => {
  switch (booking.status) {
    case 'CONFIRMED':
      return 'confirmed'
    case 'REFUNDED':
      return 'refunded'
    case 'CANCELLED':
      return 'cancelled'
    case 'EXPIRED':
      return 'expired'
    default:
      return booking.paymentStatus === 'FAILED' ? 'failed' : 'processing'
  }
}
