'use client'

import { useLocale, useTranslations } from 'next-intl'

import styles from '../booking.module.css'
import { formatMoney } from '@masterclass/plugin-ticketing/domain'
import { PromoDiscountRow } from '../PromoCodeField/PromoDiscountRow.client'
import type { Quote } from '../types'

type Props = {
  groupDiscountPercent: null | number
  groupMinimum: null | number
  /** Seats offered from the waiting list are the visitor's: the public seats left are not shown. */
  hideSeatsLeft?: boolean
  loading: boolean
  quote: null | Quote
  timezone: string
}

/** The server's price for the chosen quantity: unit price, early-bird or group discount, total, seats left. */
export const QuoteSummary = ({ groupDiscountPercent, groupMinimum, hideSeatsLeft = false, loading, quote, timezone }: Props) => {
  const t = useTranslations('booking.quote')
  const locale = useLocale()
  const money = (amount: number) => (quote ? formatMoney(amount, quote.currency, locale) : '')
  const groupHint = quote && quote.ticketType === 'REGULAR' && groupMinimum && groupDiscountPercent && quote.quantity < groupMinimum
  return (
    <section aria-labelledby="quote-title" className={styles.card}>
      <h2 id="quote-title">{t('title')}</h2>
      <div aria-live="polite" data-testid="quote">
        {!quote ? (
          <p className={styles.muted}>{t('loading')}</p>
        ) : (
          <>
            {quote.ticketType === 'EARLY_BIRD' ? (
              <p className={styles.badge}>
                {quote.earlyBirdEndsAt
                  ? t('earlyBirdUntil', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: timezone }).format(new Date(quote.earlyBirdEndsAt)) })
                  : t('earlyBird')}
              </p>
            ) : null}
            {quote.ticketType === 'GROUP' ? <p className={styles.badge}>{t('group', { percent: groupDiscountPercent ?? 0 })}</p> : null}
            <dl className={styles.quote} aria-busy={loading}>
              <div className={styles.quoteRow}>
                <dt>{t('seats', { count: quote.quantity, price: money(quote.unitPrice) })}</dt>
                <dd>{money(quote.subtotal)}</dd>
              </div>
              {quote.discount > 0 ? (
                <div className={styles.quoteRow}>
                  <dt>{t('discount')}</dt>
                  <dd>−{money(quote.discount)}</dd>
                </div>
              ) : null}
              {quote.promoCode && quote.promoDiscount > 0 ? <PromoDiscountRow code={quote.promoCode} amount={money(quote.promoDiscount)} /> : null}
              <div className={`${styles.quoteRow} ${styles.quoteTotal}`}>
                <dt>{t('total')}</dt>
                <dd data-testid="quote-total">{money(quote.total)}</dd>
              </div>
            </dl>
            {groupHint ? <p className={styles.note}>{t('groupHint', { minimum: groupMinimum, percent: groupDiscountPercent })}</p> : null}
            {hideSeatsLeft ? null : quote.seatsAvailable === 0 ? (
              <p className={`${styles.note} ${styles.warning}`}>{t('soldOut')}</p>
            ) : quote.seatsAvailable < quote.quantity || quote.seatsAvailable <= 10 ? (
              <p className={`${styles.note} ${quote.seatsAvailable < quote.quantity ? styles.warning : ''}`}>{t('seatsLeft', { count: quote.seatsAvailable })}</p>
            ) : null}
          </>
        )}
      </div>
    </section>
  )
}
