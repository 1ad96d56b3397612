import { formatEventDate } from '../formatEventDate'
import { formatMoney } from '../formatMoney'
import { renderEmail } from '../renderEmail'
import type { EmailBooking, EmailEvent, RenderedEmail } from '../types'

export type DisputeLostInput = {
  booking: EmailBooking
  event: EmailEvent
  /** The payment provider's dispute id, e.g. `du_…`. */
  disputeId: string
  /** Amount lost in minor units of `booking.currency`. */
  amount: number
}

/**
 * Internal alert to the finance address (English only, like the dispute alert) that a
 * dispute was lost: the money went back to the cardholder, the booking was ended and its
 * seats released. No buyer personal data: the reference is enough to find the booking.
 */
export function renderDisputeLost({ booking, event, disputeId, amount }: DisputeLostInput): RenderedEmail {
  const lost = formatMoney(amount, booking.currency, 'en')
  return renderEmail({
    kind: 'disputeLost',
    lang: 'en',
    subject: `[Dispute lost] Booking ${booking.reference}: ${lost} lost (${disputeId})`,
    heading: 'A payment dispute was lost',
    paragraphs: [
      `The dispute on the payment for booking ${booking.reference} was closed in the cardholder's favour: ` +
        `${lost} went back to them and will not be paid out.`,
      'The booking has been ended (its tickets are no longer valid) and its seats were released for sale.',
    ],
    details: [
      { label: 'Booking reference', value: booking.reference },
      { label: 'Dispute id', value: disputeId },
      { label: 'Amount lost', value: lost },
      { label: 'Booking total', value: formatMoney(booking.total, booking.currency, 'en') },
      { label: 'Already refunded', value: formatMoney(booking.amountRefunded, booking.currency, 'en') },
      { label: 'Event', value: `${event.title}, ${event.city}` },
      { label: 'Event date', value: formatEventDate(event.startsAt, event.timezone, 'en') },
    ],
    after: ['The ledger (booking-payments) records the dispute as lost with the amount.'],
    footer: 'Automatic alert from the ticketing plugin.',
  })
}
