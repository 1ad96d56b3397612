'use client'

import { useTranslations } from 'next-intl'

import styles from '../booking.module.css'

/** "Your seats are held for 14:32": the time left, announced politely only at the last minutes. */
export const HoldCountdown = ({ seconds }: { seconds: number }) => {
  const t = useTranslations('booking.pay')
  const minutes = Math.floor(seconds / 60)
  const clock = `${minutes}:${String(seconds % 60).padStart(2, '0')}`
  return (
    <div className={`${styles.card} ${styles.info}`}>
      <p className={styles.flush}>
        {t('heldFor')} <span className={styles.countdown} data-testid="countdown" role="timer" aria-live="off">{clock}</span>
      </p>
      <p aria-live="polite" className={`${styles.note} ${styles.live}`}>
        {seconds <= 60 ? t('lastMinute') : seconds <= 300 ? t('fewMinutes') : ''}
      </p>
    </div>
  )
}
