'use client'

import { useLocale, useTranslations } from 'next-intl'
import dynamic from 'next/dynamic'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import styles from '../booking.module.css'
import { BookingRecap } from '../BookingRecap/index.client'
import { type ApiError, callApi } from '../callApi'
import { ErrorSummary } from '../ErrorSummary/index.client'
import { HoldCountdown } from '../HoldCountdown/index.client'
import { useHoldCountdown } from '../HoldCountdown/useHoldCountdown'
import { NoAccess } from '../NoAccess/index.client'
import { TestPaymentPanel } from '../TestPaymentPanel/index.client'
import type { PaymentIntentView } from '../types'
import { useBooking } from '../useBooking'

// Stripe.js is fetched only when a real card form is shown.
const StripePaymentForm = dynamic(() => import('../StripePaymentForm/index.client').then((m) => m.StripePaymentForm), { ssr: false })

/**
 * The payment step: the booking's one PaymentIntent (the same on every reload), the hold's
 * countdown, and the card form — or, on the local emulator, the test panel. A declined card
 * can be retried until the hold ends; then the visitor is told and offered to start again.
 */
export const PaymentStep = ({ reference, testMode }: { reference: string; testMode: boolean }) => {
  const t = useTranslations('booking.pay')
  const locale = useLocale()
  const router = useRouter()
  const { state } = useBooking(reference)
  const [intent, setIntent] = useState<null | PaymentIntentView>(null)
  const [problem, setProblem] = useState<ApiError | null>(null)
  const [declines, setDeclines] = useState(0)
  const booking = state.kind === 'ready' ? state.booking : null
  const seconds = useHoldCountdown(booking?.expiresAt ?? null, state.kind === 'ready' ? state.offsetMs : 0)
  const confirmationPath = `/${locale}/book/confirmation/${reference}`
  const goToConfirmation = () => router.push(confirmationPath)

  useEffect(() => {
    if (state.kind !== 'ready') return
    const { booking: current, token } = state
    if (current.status === 'CONFIRMED' || current.paymentStatus === 'PROCESSING' || current.paymentStatus === 'PAID') {
      router.replace(confirmationPath)
      return
    }
    if (current.status !== 'PENDING') return
    void callApi<PaymentIntentView>(`/bookings/${encodeURIComponent(reference)}/payment-intent`, { method: 'POST', token }).then((result) => {
      if (result.ok) setIntent(result.data)
      else setProblem(result.error)
    })
  }, [state, reference, router, confirmationPath])

  if (state.kind === 'loading') return <p className={styles.muted} role="status">{t('loading')}</p>
  if (state.kind === 'noAccess') return <NoAccess />
  if (state.kind === 'error') return <ErrorSummary focusKey={1} title={t('errorTitle')}><p>{state.error.message}</p></ErrorSummary>
  const current = state.booking
  const startAgain = current.event ? `/${locale}/book/${current.event.slug}` : `/${locale}`
  const over = current.status !== 'PENDING' || seconds === 0 || problem?.code === 'BOOKING_NOT_PAYABLE'

  return (
    <>
      <BookingRecap booking={current} />
      {over ? (
        <ErrorSummary focusKey={1} title={t('expiredTitle')}>
          <p>{current.status === 'CANCELLED' ? t('cancelled') : t('expired')}</p>
          <div className={styles.actions}>
            <a className={styles.button} href={startAgain}>
              {t('startAgain')}
            </a>
          </div>
        </ErrorSummary>
      ) : (
        <>
          {seconds !== null ? <HoldCountdown seconds={seconds} /> : null}
          {declines > 0 ? (
            <ErrorSummary focusKey={declines} title={t('declinedTitle')}>
              <p>{t('declined')}</p>
            </ErrorSummary>
          ) : null}
          {problem ? (
            <ErrorSummary focusKey={1} title={t('errorTitle')}>
              <p>{problem.code === 'PAYMENT_PROVIDER_UNAVAILABLE' ? t('providerDown') : problem.message}</p>
            </ErrorSummary>
          ) : !intent ? (
            <p className={styles.muted} role="status">{t('preparing')}</p>
          ) : testMode ? (
            <TestPaymentPanel clientSecret={intent.clientSecret} onDeclined={() => setDeclines((n) => n + 1)} onDone={goToConfirmation} reference={current.reference} />
          ) : (
            <section aria-labelledby="card-title" className={styles.card}>
              <h2 id="card-title">{t('cardTitle')}</h2>
              <StripePaymentForm clientSecret={intent.clientSecret} onDone={goToConfirmation} publishableKey={intent.publishableKey} returnUrl={`${window.location.origin}${confirmationPath}`} />
            </section>
          )}
        </>
      )}
    </>
  )
}
