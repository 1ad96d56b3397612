'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useState } from 'react'

import styles from '../booking.module.css'
import type { TestOutcome } from '../types'

type Props = { clientSecret: string; onDeclined: () => void; onDone: () => void; reference: string }

/**
 * Shown instead of the card form while the site runs on the local Stripe emulator (no real
 * payment can happen): it moves this booking's PaymentIntent the way a card would, and the
 * emulator sends Stripe's webhooks to the site.
 */
export const TestPaymentPanel = ({ clientSecret, onDeclined, onDone, reference }: Props) => {
  const t = useTranslations('booking.testPanel')
  const locale = useLocale()
  const [pending, setPending] = useState<null | TestOutcome>(null)
  const [failure, setFailure] = useState<null | string>(null)

  const pay = async (outcome: TestOutcome) => {
    if (pending) return
    setPending(outcome)
    setFailure(null)
    try {
      const response = await fetch(`/${locale}/book/pay/${encodeURIComponent(reference)}/test-payment`, {
        body: JSON.stringify({ clientSecret, outcome }),
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as null | { error?: { message?: string } }
        setFailure(body?.error?.message ?? t('failed'))
      } else if (outcome === 'decline') onDeclined()
      else return onDone()
    } catch {
      setFailure(t('failed'))
    }
    setPending(null)
  }

  return (
    <section aria-labelledby="test-panel-title" className={`${styles.card} ${styles.testPanel}`}>
      <h2 id="test-panel-title">{t('title')}</h2>
      <p>{t('explain')}</p>
      <div className={styles.actions}>
        <button aria-disabled={pending !== null} className={styles.button} onClick={() => void pay('succeed')} type="button">
          {pending === 'succeed' ? t('working') : t('succeed')}
        </button>
        <button aria-disabled={pending !== null} className={`${styles.button} ${styles.secondary}`} onClick={() => void pay('decline')} type="button">
          {pending === 'decline' ? t('working') : t('decline')}
        </button>
        <button aria-disabled={pending !== null} className={`${styles.button} ${styles.secondary}`} onClick={() => void pay('pending')} type="button">
          {pending === 'pending' ? t('working') : t('pending')}
        </button>
      </div>
      {failure ? (
        <p className={styles.fieldError} role="alert">
          {failure}
        </p>
      ) : null}
    </section>
  )
}
