import type { PayloadRequest } from 'payload'

import { findAttendees } from '../../db/bookings/findAttendees'
import { findBookingById } from '../../db/bookings/findBookingById'
import { findEvent } from '../../db/events/findEvents'
import { resolveLocale } from '../../email/resolveLocale'
import { renderConfirmation } from '../../email/templates/confirmation'
import { renderDisputeAlert } from '../../email/templates/disputeAlert'
import { renderDisputeLost } from '../../email/templates/disputeLost'
import { renderEventCancelled } from '../../email/templates/eventCancelled'
import { renderLateRefund } from '../../email/templates/lateRefund'
import { renderPaymentFailed } from '../../email/templates/paymentFailed'
import { renderPaymentMismatch } from '../../email/templates/paymentMismatch'
import { renderRefund } from '../../email/templates/refund'
import { emailText } from '../../email/emailText'
import { renderTicketsPdf } from '../../documents/tickets/renderTicketsPdf'
import { bookingTickets } from '../tickets/bookingTickets'
import type { EmailBooking, RenderedEmail } from '../../email/types'
import type { TicketingEmailOptions } from '../../types'
import type { EmailJobInput } from './queueEmail'
import { bookingViewToken } from '../bookings/bookingViewToken'
import { eventLocales } from '../events/eventLocales'

/** Loads a booking, its event (in the booking's language) and attendees, and renders one email. */
export const renderBookingEmail = async (req: PayloadRequest, input: EmailJobInput, siteUrl: string, options: TicketingEmailOptions = {}): Promise<null | { rendered: RenderedEmail; to: string }> => {
  const booking = await findBookingById(req, input.bookingId)
  // An erased booking has no one left to write to (its queued emails end SKIPPED).
  if (!booking || booking.erasedAt) return null
  // A locale the host has since dropped reads the texts in its default rather than failing the email.
  const locales = eventLocales(req, booking.locale, { lenient: true })
  const event = await findEvent(req, booking.eventId, locales)
  if (!event) return null
  const attendees = await findAttendees(req, booking.id)
  const data: EmailBooking = {
    amountRefunded: booking.amountRefunded,
    attendees: attendees.map((a) => ({ name: a.name, ticketCode: a.ticketCode })),
    buyerEmail: booking.buyer.email,
    buyerName: booking.buyer.name,
    currency: booking.currency,
    expiresAt: booking.expiresAt,
    // The templates' language: the booking's if they have strings for it, else the host's default, else English.
    locale: resolveLocale(booking.locale, locales.fallbackLocale),
    quantity: booking.quantity,
    reference: booking.reference,
    total: booking.total,
  }
  // The signed view token rides in the fragment: browsers never send it to a server (logs, Referer).
  const fragment = `#t=${bookingViewToken(req, booking.id, event)}`
  const page = { locale: locales.locale, reference: booking.reference, siteUrl }
  const bookingUrl = `${options.pages?.booking?.(page) ?? `${siteUrl}/bookings/${booking.reference}`}${fragment}`
  const paymentUrl = `${options.pages?.payment?.(page) ?? `${siteUrl}/bookings/${booking.reference}/pay`}${fragment}`
  const to = booking.buyer.email
  // The buyer's texts: the plugin's, with the host's overrides for that language.
  const text = emailText(data.locale, options.text)
  switch (input.kind) {
    case 'confirmation': {
      const rendered = renderConfirmation({ booking: data, bookingUrl, calendarProductId: options.calendarProductId, event, text })
      // The tickets ride along as a PDF, one page per attendee with its QR code, once confirmed.
      const tickets = booking.status === 'CONFIRMED' ? bookingTickets(booking, event, attendees) : []
      if (tickets.length) {
        const filename = `${booking.reference.replace(/[^A-Za-z0-9_-]/g, '')}-${data.locale === 'en' ? 'tickets' : 'billets'}.pdf`
        rendered.attachments = [...(rendered.attachments ?? []), { content: await renderTicketsPdf(tickets), contentType: 'application/pdf', filename }]
      }
      return { rendered, to }
    }
    case 'paymentFailed':
      return { rendered: renderPaymentFailed({ booking: data, event, text, retryUrl: paymentUrl }), to }
    case 'refund':
      return { rendered: renderRefund({ amount: input.amount ?? booking.amountRefunded, booking: data, event, full: booking.amountRefunded >= booking.total, text }), to }
    case 'eventCancelled':
      return { rendered: renderEventCancelled({ booking: data, event, refunded: input.amount ?? 0, text }), to }
    case 'lateRefund':
      return { rendered: renderLateRefund({ booking: data, event, text }), to }
    case 'disputeAlert':
      return { rendered: renderDisputeAlert({ amount: input.amount ?? booking.total, booking: data, disputeId: input.disputeId ?? '', event }), to: '' }
    case 'paymentMismatch': {
      const mismatch = { amount: input.amount ?? 0, currency: input.currency ?? booking.currency, paymentIntentId: input.paymentIntentId ?? '' }
      return { rendered: renderPaymentMismatch({ ...mismatch, booking: data, event }), to: '' }
    }
    case 'disputeLost':
      return { rendered: renderDisputeLost({ amount: input.amount ?? booking.total, booking: data, disputeId: input.disputeId ?? '', event }), to: '' }
    case 'certificates':
      // Several recipients (each attendee, else the buyer): sent by operations/certificates/sendCertificateEmails.
      return null
  }
}
