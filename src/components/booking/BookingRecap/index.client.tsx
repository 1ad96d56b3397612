'use client'

import { useLocale, useTranslations } from 'next-intl'

import { PromoDiscountRow } from '../PromoCodeField/PromoDiscountRow.client'
import styles from '../booking.module.css'
import { formatMoney } from '@masterclass/plugin-ticketing/domain'
import type { BookingView } from '../types'

/** A booking in brief: event, date and place, reference, seats and the amount, all as the server has them. */
export const BookingRecap = ({ booking }: { booking: BookingView }) => {
  const t = useTranslations('booking.recap')
  const locale = useLocale()
  const event = booking.event
  const money = (amount: number) => formatMoney(amount, booking.currency, locale)
  return (
    <div className={styles.card}>
      {event ? (
        <>
          <p className={styles.eventTitle}>{event.title}</p>
          <p className={styles.eventLine}>
            <time dateTime={event.startsAt}>
              {new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: event.timezone }).format(new Date(event.startsAt))}
            </time>
          </p>
          <p className={styles.eventLine}>{[event.venueName, event.city].filter(Boolean).join(', ')}</p>
        </>
      ) : null}
      <dl className={styles.quote}>
        <div className={styles.quoteRow}>
          <dt>{t('reference')}</dt>
          <dd className={styles.mono} data-testid="reference">{booking.reference}</dd>
        </div>
        <div className={styles.quoteRow}>
          <dt>{t('seats', { count: booking.quantity, price: money(booking.unitPrice) })}</dt>
          <dd>{money(booking.subtotal)}</dd>
        </div>
        {booking.discount > 0 ? (
          <div className={styles.quoteRow}>
            <dt>{booking.ticketType === 'GROUP' ? t('groupDiscount') : t('discount')}</dt>
            <dd>−{money(booking.discount)}</dd>
          </div>
        ) : null}
        {booking.promoCode && booking.promoDiscount > 0 ? <PromoDiscountRow amount={money(booking.promoDiscount)} code={booking.promoCode} /> : null}
        <div className={`${styles.quoteRow} ${styles.quoteTotal}`}>
          <dt>{t('total')}</dt>
          <dd data-testid="booking-total">{money(booking.total)}</dd>
        </div>
        {booking.amountRefunded > 0 ? (
          <div className={styles.quoteRow}>
            <dt>{t('refunded')}</dt>
            <dd>{money(booking.amountRefunded)}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  )
}
