import { formatEventDate } from '../formatEventDate'
import { formatMoney } from '../formatMoney'
import { renderEmail } from '../renderEmail'
import { resolveLocale } from '../resolveLocale'
import { type EmailStrings, strings } from '../strings'
import type { EmailBooking, EmailEvent, RenderedEmail } from '../types'
import { eventDetails } from './eventDetails'

export type PaymentFailedInput = {
  /** The email's texts (the plugin's, with the host's overrides); default: the plugin's own. */
  text?: EmailStrings
  booking: EmailBooking
  event: EmailEvent
  /** Absolute URL where the customer can pay again while the hold lasts. */
  retryUrl: string
}

/**
 * The payment failed: the seats are still held until `booking.expiresAt`
 * (shown in the event's time zone), with a link to retry the payment.
 */
export function renderPaymentFailed({ booking, event, retryUrl, text }: PaymentFailedInput): RenderedEmail {
  const locale = resolveLocale(booking.locale)
  const t = text ?? strings[locale]
  const holdUntil = booking.expiresAt
    ? t.paymentFailed.holdUntil(formatEventDate(booking.expiresAt, event.timezone, locale))
    : t.paymentFailed.holdUnknown
  return renderEmail({
    kind: 'paymentFailed',
    lang: locale,
    subject: t.paymentFailed.subject(booking.reference),
    heading: t.paymentFailed.heading,
    paragraphs: [t.greeting(booking.buyerName), t.paymentFailed.intro(event.title), holdUntil],
    action: { label: t.paymentFailed.action, url: retryUrl },
    details: [
      { label: t.labels.reference, value: booking.reference },
      ...eventDetails(event, locale, t),
      { label: t.labels.tickets, value: String(booking.quantity) },
      { label: t.labels.amountDue, value: formatMoney(booking.total, booking.currency, locale) },
    ],
    after: [t.paymentFailed.after, t.signOff],
    footer: t.footer,
  })
}
