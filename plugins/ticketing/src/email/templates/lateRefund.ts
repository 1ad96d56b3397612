import { formatMoney } from '../formatMoney'
import { renderEmail } from '../renderEmail'
import { resolveLocale } from '../resolveLocale'
import { type EmailStrings, strings } from '../strings'
import type { EmailBooking, EmailEvent, RenderedEmail } from '../types'
import { eventDetails } from './eventDetails'

export type LateRefundInput = {
  /** The email's texts (the plugin's, with the host's overrides); default: the plugin's own. */
  text?: EmailStrings
  booking: EmailBooking
  event: EmailEvent
}

/**
 * The payment arrived after the hold expired and the seats were gone, so it
 * was refunded in full automatically. The amount shown is
 * `booking.amountRefunded`, or `booking.total` when the refund is not recorded yet.
 */
export function renderLateRefund({ booking, event, text }: LateRefundInput): RenderedEmail {
  const locale = resolveLocale(booking.locale)
  const t = text ?? strings[locale]
  const amount = booking.amountRefunded > 0 ? booking.amountRefunded : booking.total
  const refunded = formatMoney(amount, booking.currency, locale)
  return renderEmail({
    kind: 'lateRefund',
    lang: locale,
    subject: t.lateRefund.subject(booking.reference),
    heading: t.lateRefund.heading,
    paragraphs: [
      t.greeting(booking.buyerName),
      t.lateRefund.intro(event.title),
      t.lateRefund.refunded(refunded),
      t.lateRefund.noSeats,
    ],
    details: [
      { label: t.labels.reference, value: booking.reference },
      ...eventDetails(event, locale, t),
      { label: t.labels.amountRefunded, value: refunded },
    ],
    after: [t.lateRefund.delay, t.lateRefund.apology, t.signOff],
    footer: t.footer,
  })
}
