'use client'

import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js'
import { loadStripe } from '@stripe/stripe-js/pure'
import { useLocale, useTranslations } from 'next-intl'
import { type FormEvent, useMemo, useState } from 'react'

import styles from '../booking.module.css'

type Props = { clientSecret: string; onDone: () => void; publishableKey: string; returnUrl: string }

const CardForm = ({ onDone, returnUrl }: Pick<Props, 'onDone' | 'returnUrl'>) => {
  const t = useTranslations('booking.pay')
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!stripe || !elements || busy) return
    setBusy(true)
    setError(null)
    const result = await stripe.confirmPayment({ confirmParams: { return_url: returnUrl }, elements, redirect: 'if_required' })
    if (result.error) {
      // A declined card keeps the form: the visitor can try another while the hold lasts.
      setError(result.error.message ?? t('declined'))
      setBusy(false)
      return
    }
    onDone()
  }

  return (
    <form onSubmit={onSubmit}>
      <PaymentElement />
      {error ? (
        <p className={styles.fieldError} role="alert">
          {error}
        </p>
      ) : null}
      <div className={styles.actions}>
        <button aria-disabled={busy || !stripe} className={styles.button} type="submit">
          {busy ? t('paying') : t('payNow')}
        </button>
      </div>
    </form>
  )
}

/**
 * Stripe's Payment Element, with the publishable key the server handed over at run time.
 * Stripe.js is loaded only here (the `pure` entry does not inject it on import).
 */
export const StripePaymentForm = ({ clientSecret, onDone, publishableKey, returnUrl }: Props) => {
  const locale = useLocale()
  const stripePromise = useMemo(() => loadStripe(publishableKey), [publishableKey])
  return (
    <Elements options={{ clientSecret, locale: locale === 'fr' ? 'fr' : 'en' }} stripe={stripePromise}>
      <CardForm onDone={onDone} returnUrl={returnUrl} />
    </Elements>
  )
}
