import { formatEventDate } from '../formatEventDate'
import { formatMoney } from '../formatMoney'
import { renderEmail } from '../renderEmail'
import type { EmailBooking, EmailEvent, RenderedEmail } from '../types'

export type DisputeAlertInput = {
  booking: EmailBooking
  event: EmailEvent
  /** The payment provider's dispute id, e.g. `dp_…`. */
  disputeId: string
  /** Disputed amount in minor units of `booking.currency`. */
  amount: number
  /** The provider's reason code, e.g. `fraudulent`, when known. */
  reason?: string | null
}

/**
 * Internal alert to the finance address (English only) that a payment dispute
 * was opened. Carries no buyer personal data: the reference is enough to find
 * the booking in the admin.
 */
export function renderDisputeAlert({ booking, event, disputeId, amount, reason }: DisputeAlertInput): RenderedEmail {
  const disputed = formatMoney(amount, booking.currency, 'en')
  return renderEmail({
    kind: 'disputeAlert',
    lang: 'en',
    subject: `[Dispute] Booking ${booking.reference}: ${disputed} disputed (${disputeId})`,
    heading: 'A payment dispute was opened',
    paragraphs: [
      `The customer's bank opened a dispute (chargeback) on the payment for booking ${booking.reference}. ` +
        'The disputed amount (plus a fee) is usually debited from the account balance until the dispute is resolved.',
    ],
    details: [
      { label: 'Booking reference', value: booking.reference },
      { label: 'Dispute id', value: disputeId },
      { label: 'Disputed amount', value: disputed },
      { label: 'Reason', value: reason?.trim() || 'not given' },
      { label: 'Booking total', value: formatMoney(booking.total, booking.currency, 'en') },
      { label: 'Already refunded', value: formatMoney(booking.amountRefunded, booking.currency, 'en') },
      { label: 'Event', value: `${event.title}, ${event.city}` },
      { label: 'Event date', value: formatEventDate(event.startsAt, event.timezone, 'en') },
    ],
    after: [
      'Review the booking and submit evidence in the payment provider dashboard before the response deadline; ' +
        'an unanswered dispute is lost automatically.',
    ],
    footer: 'Automatic alert from the ticketing plugin.',
  })
}
