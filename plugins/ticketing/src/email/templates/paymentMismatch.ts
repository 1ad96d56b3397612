import { formatEventDate } from '../formatEventDate'
import { formatMoney } from '../formatMoney'
import { renderEmail } from '../renderEmail'
import type { EmailBooking, EmailEvent, RenderedEmail } from '../types'

export type PaymentMismatchInput = {
  booking: EmailBooking
  event: EmailEvent
  /** The payment provider's PaymentIntent id, e.g. `pi_…`. */
  paymentIntentId: string
  /** Amount received, in minor units of `currency`. */
  amount: number
  /** Currency of the payment received (may differ from the booking's). */
  currency: string
}

/**
 * Internal alert to the finance address (English only, like the dispute alert) that a
 * payment did not match its booking (less than the total, or another currency): it was
 * refunded in full automatically and the booking was cancelled. No buyer personal data.
 */
export function renderPaymentMismatch({ booking, event, paymentIntentId, amount, currency }: PaymentMismatchInput): RenderedEmail {
  const received = formatMoney(amount, currency, 'en')
  const expected = formatMoney(booking.total, booking.currency, 'en')
  return renderEmail({
    kind: 'paymentMismatch',
    lang: 'en',
    subject: `[Payment mismatch] Booking ${booking.reference}: ${received} received for ${expected}, refunded`,
    heading: 'A payment did not match its booking',
    paragraphs: [
      `The payment ${paymentIntentId} for booking ${booking.reference} received ${received} where the booking costs ${expected}. ` +
        'It was not accepted: the full amount received is being refunded automatically and the booking was cancelled (its seats are released).',
    ],
    details: [
      { label: 'Booking reference', value: booking.reference },
      { label: 'PaymentIntent', value: paymentIntentId },
      { label: 'Amount received', value: received },
      { label: 'Booking total', value: expected },
      { label: 'Event', value: `${event.title}, ${event.city}` },
      { label: 'Event date', value: formatEventDate(event.startsAt, event.timezone, 'en') },
    ],
    after: [
      'The ledger (booking-payments) records the payment and its refund. ' +
        'Check how the PaymentIntent was changed at the payment provider; the buyer may need to book again.',
    ],
    footer: 'Automatic alert from the ticketing plugin.',
  })
}
