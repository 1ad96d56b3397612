import type { PayloadRequest } from 'payload'

import { findAttendees } from '../../db/bookings/findAttendees'
import type { BookingRecord } from '../../db/bookings/findBookingByReference'
import { findEvent } from '../../db/events/findEvents'
import { eventLocales } from '../events/eventLocales'

/** The booking as its buyer sees it (`GET /bookings/:reference`). Ticket codes only once confirmed. */
export const bookingView = async (req: PayloadRequest, booking: BookingRecord) => {
  const [event, attendees] = await Promise.all([
    findEvent(req, booking.eventId, eventLocales(req, booking.locale)),
    findAttendees(req, booking.id),
  ])
  const confirmed = booking.status === 'CONFIRMED'
  return {
    amountRefunded: booking.amountRefunded,
    attendees: attendees.map((a) => ({ email: a.email, name: a.name, qr: confirmed ? a.qrSecret : null, ticketCode: confirmed ? a.ticketCode : null })),
    buyer: booking.buyer,
    confirmedAt: booking.confirmedAt,
    createdAt: booking.createdAt,
    currency: booking.currency,
    discount: booking.discount,
    event: event && {
      id: event.id,
      city: event.city,
      endsAt: event.endsAt,
      slug: event.slug,
      startsAt: event.startsAt,
      timezone: event.timezone,
      title: event.title,
      venueName: event.venueName,
    },
    expiresAt: booking.expiresAt,
    paymentStatus: booking.paymentStatus,
    promoCode: booking.promoCode,
    promoDiscount: booking.promoDiscount,
    quantity: booking.quantity,
    reference: booking.reference,
    status: booking.status,
    subtotal: booking.subtotal,
    ticketType: booking.ticketType,
    total: booking.total,
    unitPrice: booking.unitPrice,
  }
}
