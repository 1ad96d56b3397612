import { formatMoney } from '../formatMoney'
import { renderEmail } from '../renderEmail'
import { resolveLocale } from '../resolveLocale'
import { type EmailStrings, strings } from '../strings'
import type { EmailBooking, EmailEvent, RenderedEmail } from '../types'
import { eventDetails } from './eventDetails'

export type RefundInput = {
  /** The email's texts (the plugin's, with the host's overrides); default: the plugin's own. */
  text?: EmailStrings
  booking: EmailBooking
  event: EmailEvent
  /** The amount of THIS refund, in minor units of `booking.currency`. */
  amount: number
  /** Whether the booking is now refunded in full. */
  full: boolean
}

/** A refund was issued (full or partial): the amount refunded and when it arrives. */
export function renderRefund({ booking, event, amount, full, text }: RefundInput): RenderedEmail {
  const locale = resolveLocale(booking.locale)
  const t = text ?? strings[locale]
  const refunded = formatMoney(amount, booking.currency, locale)
  return renderEmail({
    kind: 'refund',
    lang: locale,
    subject: t.refund.subject(booking.reference, full),
    heading: t.refund.heading(full),
    paragraphs: [t.greeting(booking.buyerName), t.refund.intro(refunded, event.title, full)],
    details: [
      { label: t.labels.reference, value: booking.reference },
      ...eventDetails(event, locale, t),
      { label: t.labels.amountRefunded, value: refunded },
      { label: t.labels.bookingTotal, value: formatMoney(booking.total, booking.currency, locale) },
    ],
    after: [t.refund.delay, t.signOff],
    footer: t.footer,
  })
}
