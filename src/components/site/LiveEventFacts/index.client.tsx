'use client'

import { useTranslations } from 'next-intl'

import { formatMoney } from '@masterclass/plugin-ticketing/domain'
import { type SaleState, saleState } from '@/app/(frontend)/_lib/saleState'

import styles from '../EventCard/styles.module.css'
import { usePublicEvent } from './usePublicEvents'

type Props = {
  locale: string
  slug: string
  /** What the page was rendered with: a sold-out or cancelled event says so before the live answer (and without JavaScript). */
  renderedState: SaleState
}

/**
 * An event card's price and seats left, from the ticketing API as the page opens (the card
 * itself may come from the page cache, its price and seats never do). Until the answer, the
 * card keeps their room and shows only a state that does not depend on seats.
 */
export function LiveEventFacts({ locale, renderedState, slug }: Props) {
  const t = useTranslations('site.events')
  const event = usePublicEvent(locale, slug)
  const stateText = (state: SaleState, seats: number) => (state === 'open' ? t('seatsLeft', { count: seats }) : state === 'soldOut' ? t('soldOut') : t(state))
  if (!event) {
    const known = renderedState === 'open' ? null : renderedState
    return (
      <>
        <p aria-hidden="true" className={styles.price}>
          <span className={styles.from}>&nbsp;</span>
          <strong>&nbsp;</strong>
        </p>
        <p className={`${styles.seats} ${known ? styles.closed : ''}`} data-rendered-state={renderedState}>
          {known ? stateText(known, 0) : '\u00a0'}
        </p>
      </>
    )
  }
  const state = saleState(event)
  const price = event.quote ? formatMoney(event.quote.unitPrice, event.quote.currency, locale, { hideZeroMinor: true }) : null
  return (
    <>
      {price ? (
        <p className={styles.price}>
          <span className={styles.from}>{event.quote?.ticketType === 'EARLY_BIRD' ? t('earlyBird') : t('from')}</span>
          <strong data-price>{price}</strong>
        </p>
      ) : null}
      <p className={state === 'open' ? styles.seats : `${styles.seats} ${styles.closed}`} data-seats data-state={state}>
        {stateText(state, event.seatsAvailable)}
      </p>
    </>
  )
}
