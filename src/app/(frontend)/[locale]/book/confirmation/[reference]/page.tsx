import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import styles from '@/components/booking/booking.module.css'
import { ConfirmationStep } from '@/components/booking/ConfirmationStep/index.client'
import { bookingPageMetadata, type ReferencePageParams } from '@/components/booking/server/bookingPageMetadata'
import { Steps } from '@/components/booking/Steps'
import { isLocale } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

type Params = ReferencePageParams

export const generateMetadata = bookingPageMetadata('confirmation')

/** A booking's page: its live status, attendees and ticket codes. The link in every email. */
export default async function ConfirmationPage({ params }: Params) {
  const { locale, reference } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations('booking')
  return (
    <div className={styles.page}>
      <Steps current={2} labels={[t('steps.details'), t('steps.pay'), t('steps.done')]} title={t('steps.title')} />
      <h1>{t('confirmation.title')}</h1>
      <ConfirmationStep reference={reference.toUpperCase()} />
    </div>
  )
}
