import type { PayloadRequest } from 'payload'

import { findBookingActivity } from '../../db/bookings/findBookingActivity'
import { formatDateTime } from '../../domain/formatDateTime'
import { formatMoney } from '../../domain/formatMoney'
import { translator } from '../../translations/translator'
import { BookingActions } from '../BookingActions/index.client'
import { BookingAttendees } from '../BookingAttendees/index.client'
import { LocalDateTime } from '../LocalDateTime/index.client'
import { StatusBadge } from '../StatusBadge/index.client'

type Check = (args: { req: PayloadRequest }) => boolean | Promise<boolean>
type Props = {
  attendeesSlug: string
  bookingsSlug: string
  cityEventsSlug: string
  canManage?: Check
  i18n?: { language?: string; t: (key: string, vars?: Record<string, unknown>) => string }
  id?: number | string
  req?: PayloadRequest
}
type Booking = Record<string, any>

const figure = { display: 'grid', gap: 2, minWidth: 120 } as const
const caption = { color: 'var(--theme-elevation-500)', fontSize: 12, textTransform: 'uppercase' } as const
const amount = { fontSize: 18, fontVariantNumeric: 'tabular-nums', fontWeight: 600 } as const

/**
 * The top of a booking's admin page, the booking whole: reference, event, status and payment
 * as badges, what it costs, what was paid, refunded and kept (finance), the actions on it
 * (BookingActions) and its attendees (BookingAttendees) — everything in the admin's language.
 * What the viewer may read comes from the collections' access rules (overrideAccess: false).
 */
export const BookingOverview = async ({ attendeesSlug, bookingsSlug, canManage, cityEventsSlug, i18n, id, req }: Props) => {
  if (!req?.user || !id) return null
  const t = translator(i18n?.t)
  const language = i18n?.language ?? 'en'
  const localization = req.payload.config.localization
  const locale = localization && localization.localeCodes.includes(language) ? language : undefined
  const booking = (await req.payload.findByID({ id, collection: bookingsSlug as never, depth: 1, locale: locale as never, overrideAccess: false, req })) as Booking
  const manages = Boolean(canManage && (await canManage({ req })))
  const attendees = await req.payload.find({ collection: attendeesSlug as never, depth: 0, limit: 100, overrideAccess: false, pagination: false, req, sort: 'position', where: { booking: { equals: booking.id } } })
  const currency: string = booking.currency ?? 'EUR'
  const money = (minor: number) => formatMoney(minor, currency, language)
  const event = typeof booking.cityEvent === 'object' && booking.cityEvent ? booking.cityEvent : null
  const ledger = manages ? (await findBookingActivity(req, Number(booking.id))).ledger : []
  const paid = ledger.filter((entry) => entry.kind === 'PAYMENT' && entry.status === 'succeeded').reduce((sum, entry) => sum + entry.amount, 0)
  const refunded: number = booking.amountRefunded ?? 0

  return (
    <section aria-labelledby="booking-overview" className="booking-overview" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, display: 'grid', gap: 20, marginBottom: 32, padding: 20 }}>
      <header style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <h2 id="booking-overview" style={{ margin: 0 }}>
          {t('bookingOverview')} {booking.reference}
        </h2>
        <span aria-label={t('status')} data-overview="status">
          <StatusBadge value={booking.status} />
        </span>
        <span aria-label={t('paymentStatus')} data-overview="payment">
          <StatusBadge value={booking.paymentStatus} />
        </span>
      </header>
      {event ? (
        <p style={{ margin: 0 }}>
          <span style={caption}>{t('bookingEvent')}</span>{' '}
          <a href={`${req.payload.config.routes.admin}/collections/${cityEventsSlug}/${event.id}`}>{event.title}</a>
          {event.city ? ` · ${event.city}` : ''}
          {event.startsAt ? ` · ${formatDateTime(event.startsAt, language, event.timezone || undefined)}` : ''}
        </p>
      ) : null}
      <div data-overview="amounts" style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
        <div style={figure}>
          <span style={caption}>{t('total')}</span>
          <span style={amount}>{money(booking.total ?? 0)}</span>
          <small>{t('bookingSeats', { count: booking.quantity, price: money(booking.unitPrice ?? 0) })}</small>
          {booking.discount ? <small>{`${t('discount')} −${money(booking.discount)}`}</small> : null}
        </div>
        {manages ? (
          <>
            <div style={figure}>
              <span style={caption}>{t('bookingPaid')}</span>
              <span data-overview="paid" style={amount}>{money(paid)}</span>
            </div>
            <div style={figure}>
              <span style={caption}>{t('bookingRefunded')}</span>
              <span data-overview="refunded" style={amount}>{money(refunded)}</span>
            </div>
            <div style={figure}>
              <span style={caption}>{t('bookingNet')}</span>
              <span data-overview="kept" style={amount}>{money(paid - refunded)}</span>
            </div>
          </>
        ) : null}
        <div style={figure}>
          <span style={caption}>{t('bookingCreated')}</span>
          <LocalDateTime value={booking.createdAt} />
          {booking.status === 'PENDING' && booking.expiresAt ? (
            <small>
              {t('bookingHoldUntil')} <LocalDateTime value={booking.expiresAt} />
            </small>
          ) : null}
        </div>
      </div>
      {manages ? (
        <BookingActions
          amountRefunded={refunded}
          currency={currency}
          email={booking.buyer?.email ?? ''}
          paid={paid}
          paymentStatus={booking.paymentStatus}
          quantity={booking.quantity}
          reference={booking.reference}
          status={booking.status}
        />
      ) : null}
      <BookingAttendees
        apiRoute={req.payload.config.routes.api}
        attendees={attendees.docs.map((a: Record<string, any>) => ({ id: a.id, email: manages ? (a.email ?? null) : null, name: a.name, position: a.position, ticketCode: manages ? (a.ticketCode ?? null) : null }))}
        attendeesSlug={attendeesSlug}
        canEdit={manages && !booking.erasedAt}
        showCodes={manages}
      />
    </section>
  )
}
