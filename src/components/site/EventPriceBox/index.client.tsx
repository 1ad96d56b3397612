'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'

import { formatMoney } from '@masterclass/plugin-ticketing/domain'
import { type SaleState, saleState } from '@/app/(frontend)/_lib/saleState'
import type { Quote } from '@/app/(frontend)/_lib/ticketingTypes'

import { WaitlistJoin } from '@/components/booking/WaitlistJoin/index.client'

import { Countdown } from '../Countdown/index.client'
import styles from './styles.module.css'
import { useLiveQuote } from './useLiveQuote'

type Sales = { salesCloseAt?: null | string; salesOpenAt?: null | string; startsAt: string }

type Props = {
  locale: string
  maxPerBooking: number
  /** A draft's preview price (live preview only); null on public pages: the box asks the quote endpoint. */
  previewQuote: null | Quote
  regularPrice: number
  /** The sales window, to tell "not yet" and "closed" from the live status and seats. */
  sales: Sales
  /** "Sales open on …", formatted in the event's time zone. */
  salesOpenText: string
  slug: string
}

/**
 * The event's live price box: the server's quote for N seats, early-bird countdown, seats left,
 * the Book button, or why the event cannot be booked (sold out, cancelled, closed). Every one
 * of these comes from the quote endpoint as the page opens, never from the cached page.
 */
export function EventPriceBox({ locale, maxPerBooking, previewQuote, regularPrice, sales, salesOpenText, slug }: Props) {
  const t = useTranslations('site.event')
  const [quantity, setQuantity] = useState(1)
  const { quote, state: loading } = useLiveQuote(slug, quantity, previewQuote)
  if (!quote) {
    return (
      <section aria-busy="true" aria-labelledby="price-title" className={`${styles.box} ${styles.pending}`} data-price-box="loading">
        <h2 className={styles.heading} id="price-title">{t('price')}</h2>
        <p className={loading === 'error' ? styles.error : styles.muted} role={loading === 'error' ? 'alert' : 'status'}>
          {loading === 'error' ? t('priceError') : t('updating')}
        </p>
      </section>
    )
  }
  const money = (minor: number) => formatMoney(minor, quote.currency, locale, { hideZeroMinor: true })
  const now = new Date()
  const state: SaleState = saleState({ ...sales, seatsAvailable: quote.seatsAvailable, status: quote.eventStatus }, now)
  const open = state === 'open' && quote.seatsAvailable > 0
  const max = Math.max(1, Math.min(maxPerBooking, quote.seatsAvailable))
  const closedText = state === 'notYet' ? t('notYet', { date: salesOpenText }) : state === 'open' ? '' : t(state)
  return (
    <section aria-labelledby="price-title" className={styles.box} data-price-box="ready">
      <h2 className={styles.heading} id="price-title">{t('price')}</h2>
      <p className={styles.type}>{t('ticketType', { type: quote.ticketType })}</p>
      <p className={styles.unit}>
        <strong data-unit-price>{money(quote.unitPrice)}</strong> <span>{t('perSeat')}</span>
      </p>
      {quote.ticketType === 'EARLY_BIRD' && regularPrice > quote.unitPrice ? (
        <p className={styles.regular}>{t('regularPrice', { price: money(regularPrice) })}</p>
      ) : null}
      {quote.earlyBirdEndsAt && open ? (
        <div className={styles.countdown}>
          <Countdown now={now.toISOString()} until={quote.earlyBirdEndsAt} />
        </div>
      ) : null}
      {open ? (
        <>
          <label className={styles.label} htmlFor="quantity">{t('quantity')}</label>
          <select className={styles.select} id="quantity" onChange={(e) => setQuantity(Number(e.target.value))} value={quantity}>
            {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>{n}</option>
            ))}
          </select>
          <dl className={styles.totals} aria-live="polite" aria-busy={loading === 'loading'}>
            {quote.discount > 0 ? (
              <div><dt>{t('discount')}</dt><dd>−{money(quote.discount)}</dd></div>
            ) : null}
            <div className={styles.total}><dt>{t('total', { count: quote.quantity })}</dt><dd data-total>{money(quote.total)}</dd></div>
          </dl>
          {loading === 'error' ? <p className={styles.error} role="alert">{t('priceError')}</p> : null}
          <p className={styles.seats} data-seats>{t('seatsLeft', { count: quote.seatsAvailable })}</p>
          <a className={`button ${styles.book}`} href={`/${locale}/book/${encodeURIComponent(slug)}?quantity=${quantity}`}>
            {quantity > 1 ? t('bookCount', { count: quantity }) : t('book')}
          </a>
        </>
      ) : (
        <>
          <p className={styles.closed} data-state={state} role="status">{closedText}</p>
          {state === 'soldOut' || (state === 'open' && quote.seatsAvailable <= 0) ? <WaitlistJoin maxPerBooking={maxPerBooking} slug={slug} /> : null}
        </>
      )}
    </section>
  )
}
