'use client'

import { useLocale, useTranslations } from 'next-intl'

import styles from '../booking.module.css'
import type { useWaitlistOffer } from './useWaitlistOffer'

type Props = { offer: ReturnType<typeof useWaitlistOffer>; timezone: string }

/** At the top of the booking form opened from an offer email: the seats held and until when, and "Decline the offer". */
export const WaitlistOfferBanner = ({ offer, timezone }: Props) => {
  const t = useTranslations('waitlist')
  const locale = useLocale()
  const { view } = offer
  if (!offer.token || !view) return null
  if (offer.declined) {
    return (
      <div className={`${styles.summary} ${styles.info}`} role="status">
        <p>{t('declined')}</p>
      </div>
    )
  }
  if (!offer.active || !view.offer) {
    return (
      <div className={`${styles.summary} ${styles.info}`} role="status">
        <p>{t('offerGone', { status: view.status })}</p>
      </div>
    )
  }
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: timezone }).format(new Date(view.offer.expiresAt))
  return (
    <section aria-labelledby="offer-title" className={`${styles.summary} ${styles.success}`} data-testid="waitlist-offer">
      <h2 id="offer-title">{t('offerTitle')}</h2>
      <p>{t('offerText', { count: view.offer.quantity, date })}</p>
      <div className={styles.actions}>
        <button
          autoFocus={offer.declineAsked}
          className={`${styles.button} ${styles.secondary}`}
          onClick={() => {
            if (window.confirm(t('declineConfirm'))) void offer.decline()
          }}
          type="button"
        >
          {t('decline')}
        </button>
      </div>
    </section>
  )
}
