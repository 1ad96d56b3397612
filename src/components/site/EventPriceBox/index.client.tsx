'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'

import { formatMoney } from '@masterclass/plugin-ticketing/domain'
import type { SaleState } from '@/app/(frontend)/_lib/saleState'
import type { Quote } from '@/app/(frontend)/_lib/ticketingTypes'

import { WaitlistJoin } from '@/components/booking/WaitlistJoin/index.client'

import { Countdown } from '../Countdown/index.client'
import styles from './styles.module.css'
import { useLiveQuote } from './useLiveQuote'

type Props = { closedText: string; initialQuote: Quote; locale: string; maxPerBooking: number; now: string; regularPrice: number; slug: string; state: SaleState }

/** The event's live price box: server quote for N seats, early-bird countdown, seats left and the Book button. */
export function EventPriceBox({ closedText, initialQuote, locale, maxPerBooking, now, regularPrice, slug, state }: Props) {
  const t = useTranslations('site.event')
  const [quantity, setQuantity] = useState(1)
  const { quote, state: loading } = useLiveQuote(slug, quantity, initialQuote)
  const money = (minor: number) => formatMoney(minor, quote.currency, locale, { hideZeroMinor: true })
  const open = state === 'open' && quote.seatsAvailable > 0
  const max = Math.max(1, Math.min(maxPerBooking, quote.seatsAvailable))
  return (
    <section aria-labelledby="price-title" className={styles.box}>
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
          <Countdown now={now} until={quote.earlyBirdEndsAt} />
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
