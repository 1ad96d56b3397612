'use client'

import { useLocale, useTranslations } from 'next-intl'

import styles from '../booking.module.css'
import type { ApiError } from '../callApi'
import { ErrorSummary } from '../ErrorSummary/index.client'
import { formatMoney } from '@masterclass/plugin-ticketing/domain'
import { PromoProblem } from '../PromoCodeField/PromoProblem.client'
import type { Quote } from '../types'

type Props = {
  error: ApiError
  eventHref: string
  focusKey: number
  onAcceptPrice: (quote: Quote) => void
  onChooseQuantity: (quantity: number) => void
}

/** What the server refused, said in the visitor's language, with the way forward when there is one. */
export const BookingProblem = ({ error, eventHref, focusKey, onAcceptPrice, onChooseQuantity }: Props) => {
  const t = useTranslations('booking.problems')
  const locale = useLocale()
  const seats = Number(error.details.seatsAvailable ?? 0)
  const fresh = error.details.quote as Quote | undefined

  switch (error.code) {
    case 'SOLD_OUT':
      return (
        <ErrorSummary focusKey={focusKey} title={t('soldOutTitle')}>
          <p>{t('soldOut')}</p>
          <p>
            <a href={eventHref}>{t('backToEvent')}</a>
          </p>
        </ErrorSummary>
      )
    case 'INSUFFICIENT_SEATS':
      return (
        <ErrorSummary focusKey={focusKey} title={t('insufficientTitle')}>
          <p>{t('insufficient', { count: seats })}</p>
          {seats > 0 ? (
            <div className={styles.actions}>
              <button className={`${styles.button} ${styles.secondary}`} onClick={() => onChooseQuantity(seats)} type="button">
                {t('chooseQuantity', { count: seats })}
              </button>
            </div>
          ) : null}
        </ErrorSummary>
      )
    case 'PRICE_CHANGED':
      return (
        <ErrorSummary focusKey={focusKey} title={t('priceChangedTitle')}>
          {fresh ? (
            <>
              <p>{t('priceChanged', { total: formatMoney(fresh.total, fresh.currency, locale) })}</p>
              <div className={styles.actions}>
                <button className={styles.button} onClick={() => onAcceptPrice(fresh)} type="button">
                  {t('acceptPrice', { total: formatMoney(fresh.total, fresh.currency, locale) })}
                </button>
              </div>
            </>
          ) : (
            <p>{t('priceChangedNoQuote')}</p>
          )}
        </ErrorSummary>
      )
    case 'RATE_LIMITED': {
      const wait = error.retryAfter ?? 60
      const at = new Date(Date.now() + wait * 1000)
      return (
        <ErrorSummary focusKey={focusKey} title={t('rateLimitedTitle')}>
          <p>{t('rateLimited', { minutes: Math.max(1, Math.ceil(wait / 60)), time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at) })}</p>
        </ErrorSummary>
      )
    }
    case 'CAPTCHA_REQUIRED':
    case 'CAPTCHA_INVALID':
      return (
        <ErrorSummary focusKey={focusKey} title={t('captchaTitle')}>
          <p>
            <a href="#field-captcha">{error.code === 'CAPTCHA_REQUIRED' ? t('captchaRequired') : t('captchaInvalid')}</a>
          </p>
        </ErrorSummary>
      )
    case 'SALES_CLOSED':
    case 'EVENT_NOT_FOUND':
      return (
        <ErrorSummary focusKey={focusKey} title={t('salesClosedTitle')}>
          <p>{t('salesClosed')}</p>
          <p>
            <a href={eventHref}>{t('backToEvent')}</a>
          </p>
        </ErrorSummary>
      )
    case 'PROMO_INVALID':
      return <PromoProblem error={error} focusKey={focusKey} />
    case 'NETWORK':
      return (
        <ErrorSummary focusKey={focusKey} title={t('networkTitle')}>
          <p>{t('network')}</p>
        </ErrorSummary>
      )
    default:
      return (
        <ErrorSummary focusKey={focusKey} title={t('genericTitle')}>
          <p>{error.message}</p>
        </ErrorSummary>
      )
  }
}
