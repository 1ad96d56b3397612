'use client'

import { useLocale, useTranslations } from 'next-intl'

import { ErrorSummary } from '../ErrorSummary/index.client'

/** This browser holds no token for the booking (another device, or a link without its `#t=`). */
export const NoAccess = () => {
  const t = useTranslations('booking.noAccess')
  const locale = useLocale()
  return (
    <ErrorSummary focusKey={1} title={t('title')} tone="info">
      <p>{t('body')}</p>
      <p>
        <a href={`/${locale}`}>{t('home')}</a>
      </p>
    </ErrorSummary>
  )
}
