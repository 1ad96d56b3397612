import { formatMoney } from '../formatMoney'
import { renderEmail } from '../renderEmail'
import { resolveLocale } from '../resolveLocale'
import { type EmailStrings, strings } from '../strings'
import type { EmailBooking, EmailEvent, RenderedEmail } from '../types'
import { eventDetails } from './eventDetails'

export type EventCancelledInput = {
  /** The email's texts (the plugin's, with the host's overrides); default: the plugin's own. */
  text?: EmailStrings
  booking: EmailBooking
  event: EmailEvent
  /** What the cancellation refunded, in minor units of `booking.currency` (0 for an unpaid hold). */
  refunded: number
}

/** The event was cancelled: the booking is cancelled and what was left of the payment refunded (the buyer's language). */
export function renderEventCancelled({ booking, event, refunded, text }: EventCancelledInput): RenderedEmail {
  const locale = resolveLocale(booking.locale)
  const t = text ?? strings[locale]
  const amount = formatMoney(refunded, booking.currency, locale)
  return renderEmail({
    kind: 'eventCancelled',
    lang: locale,
    subject: t.eventCancelled.subject(booking.reference, event.title),
    heading: t.eventCancelled.heading,
    paragraphs: [
      t.greeting(booking.buyerName),
      t.eventCancelled.intro(event.title),
      refunded > 0 ? t.eventCancelled.refunded(amount) : t.eventCancelled.notPaid,
    ],
    details: [
      { label: t.labels.reference, value: booking.reference },
      ...eventDetails(event, locale, t),
      ...(refunded > 0 ? [{ label: t.labels.amountRefunded, value: amount }] : []),
    ],
    after: [...(refunded > 0 ? [t.refund.delay] : []), t.eventCancelled.apology, t.signOff],
    footer: t.footer,
  })
}
