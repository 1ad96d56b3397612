'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useState } from 'react'

import styles from '../booking.module.css'
import type { ApiError } from '../callApi'

type Props = {
  /** The code the price is computed with now, or null. */
  applied: null | string
  /** What the server said about the applied code (a PROMO_INVALID answer), if anything. */
  error: ApiError | null
  onApply: (code: null | string) => void
}

const REASONS = ['UNKNOWN', 'INACTIVE', 'NOT_STARTED', 'EXPIRED', 'EXHAUSTED', 'NOT_FOR_EVENT', 'WRONG_CURRENCY', 'NOT_COMBINABLE'] as const

/**
 * A promo code for the booking: typed, then applied to the live quote (the server decides
 * whether it applies and what it takes off). A refused code is said at the field, in the
 * visitor's language, and the price goes back to the one without it.
 */
export const PromoCodeField = ({ applied, error, onApply }: Props) => {
  const t = useTranslations('promo')
  const [text, setText] = useState(applied ?? '')
  const [refused, setRefused] = useState<null | string>(null)

  useEffect(() => {
    if (!applied || error?.code !== 'PROMO_INVALID' && error?.code !== 'RATE_LIMITED') return
    const reason = String(error.details.reason ?? '')
    setRefused(error.code === 'RATE_LIMITED' ? t('rateLimited') : (REASONS as readonly string[]).includes(reason) ? t(`reasons.${reason}`) : error.message)
    onApply(null)
  }, [applied, error, onApply, t])

  const apply = () => {
    const code = text.trim().toUpperCase()
    setRefused(null)
    onApply(code || null)
  }
  return (
    <div className={styles.card}>
      <div className={styles.field}>
        <label htmlFor="field-promoCode">
          {t('label')} <span className={styles.optional}>{t('optional')}</span>
        </label>
        <div className={styles.actions} style={{ marginTop: 0 }}>
          <input
            aria-describedby={refused ? 'promoCode-error' : applied ? 'promoCode-applied' : undefined}
            aria-invalid={refused ? true : undefined}
            autoCapitalize="characters"
            autoComplete="off"
            className={`${styles.input} ${styles.mono}`}
            id="field-promoCode"
            maxLength={32}
            name="promoCode"
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                apply()
              }
            }}
            spellCheck={false}
            style={{ flex: '1 1 10rem', width: 'auto' }}
            value={text}
          />
          {applied ? (
            <button className={`${styles.button} ${styles.secondary}`} onClick={() => { setText(''); setRefused(null); onApply(null) }} type="button">
              {t('remove')}
            </button>
          ) : (
            <button className={`${styles.button} ${styles.secondary}`} onClick={apply} type="button">
              {t('apply')}
            </button>
          )}
        </div>
        {refused ? (
          <p className={styles.fieldError} id="promoCode-error" role="alert">
            {refused}
          </p>
        ) : applied ? (
          <p className={styles.note} id="promoCode-applied">
            {t('applied', { code: applied })}
          </p>
        ) : null}
      </div>
    </div>
  )
}
