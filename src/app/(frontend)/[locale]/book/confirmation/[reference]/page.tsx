import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import styles from '@/components/booking/booking.module.css'
import { ConfirmationStep } from '@/components/booking/ConfirmationStep/index.client'
import { Steps } from '@/components/booking/Steps'
import { isLocale } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ locale: string; reference: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, reference } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'booking.meta' })
  return {
    alternates: { languages: { en: `/en/book/confirmation/${reference}`, fr: `/fr/book/confirmation/${reference}` } },
    description: t('confirmationDescription'),
    openGraph: { title: t('confirmationTitle') },
    robots: { follow: false, index: false },
    title: t('confirmationTitle'),
  }
}

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
