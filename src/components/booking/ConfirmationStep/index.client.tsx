'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useEffect } from 'react'

import styles from '../booking.module.css'
import { BookingRecap } from '../BookingRecap/index.client'
import { ErrorSummary } from '../ErrorSummary/index.client'
import { NoAccess } from '../NoAccess/index.client'
import { useBooking } from '../useBooking'
import { AttendeeList } from './AttendeeList'
import { CalendarButton } from './CalendarButton'
import { DocumentList } from './DocumentList'
import { statusMessage } from './statusMessage'
import { TicketCards } from './TicketCards'

const POLL_MS = 2_000

/**
 * The booking after payment: "payment processing" until Stripe's webhook lands, then
 * "confirmed" with the ticket codes (the server is asked again every two seconds meanwhile).
 */
export const ConfirmationStep = ({ reference }: { reference: string }) => {
  const t = useTranslations('booking.confirmation')
  const locale = useLocale()
  const { reload, state } = useBooking(reference)
  const waiting = state.kind === 'ready' && state.booking.status === 'PENDING'

  useEffect(() => {
    if (!waiting) return
    const timer = window.setTimeout(() => void reload(), POLL_MS)
    return () => window.clearTimeout(timer)
  }, [waiting, state, reload])

  if (state.kind === 'loading') return <p className={styles.muted} role="status">{t('loading')}</p>
  if (state.kind === 'noAccess') return <NoAccess />
  if (state.kind === 'error') return <ErrorSummary focusKey={1} title={t('errorTitle')}><p>{state.error.message}</p></ErrorSummary>
  const { booking } = state
  const message = statusMessage(booking)
  const confirmed = booking.status === 'CONFIRMED'
  return (
    <>
      <div className={`${styles.summary} ${confirmed ? styles.success : styles.info}`} role="status">
        <h2 data-testid="booking-status">{t(`${message}.title`)}</h2>
        <p>{t(`${message}.body`, { email: booking.buyer.email })}</p>
        {message === 'failed' ? (
          <p>
            <a href={`/${locale}/book/pay/${booking.reference}`}>{t('retry')}</a>
          </p>
        ) : null}
      </div>
      <BookingRecap booking={booking} />
      {confirmed ? <TicketCards attendees={booking.attendees} /> : null}
      <AttendeeList attendees={booking.attendees} />
      {confirmed || booking.status === 'REFUNDED' ? <DocumentList reference={booking.reference} token={state.token} /> : null}
      {confirmed ? <CalendarButton booking={booking} url={`${window.location.origin}/${locale}/book/confirmation/${booking.reference}`} /> : null}
    </>
  )
}
