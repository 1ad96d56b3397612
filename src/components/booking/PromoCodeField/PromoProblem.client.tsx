'use client'

import { useTranslations } from 'next-intl'

import type { ApiError } from '../callApi'
import { ErrorSummary } from '../ErrorSummary/index.client'

const REASONS = ['UNKNOWN', 'INACTIVE', 'NOT_STARTED', 'EXPIRED', 'EXHAUSTED', 'NOT_FOR_EVENT', 'WRONG_CURRENCY', 'NOT_COMBINABLE']

/** A booking refused because its promo code stopped applying (e.g. its last seats went meanwhile). */
export const PromoProblem = ({ error, focusKey }: { error: ApiError; focusKey: number }) => {
  const t = useTranslations('promo')
  const reason = String(error.details.reason ?? '')
  return (
    <ErrorSummary focusKey={focusKey} title={t('problemTitle')}>
      <p>{t('problem', { reason: REASONS.includes(reason) ? t(`reasons.${reason}`) : error.message })}</p>
    </ErrorSummary>
  )
}
