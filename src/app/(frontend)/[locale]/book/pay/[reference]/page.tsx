import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import styles from '@/components/booking/booking.module.css'
import { PaymentStep } from '@/components/booking/PaymentStep/index.client'
import { stripeEmulatorUrl } from '@/components/booking/server/stripeEmulatorUrl'
import { bookingPageMetadata, type ReferencePageParams } from '@/components/booking/server/bookingPageMetadata'
import { Steps } from '@/components/booking/Steps'
import { isLocale } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

type Params = ReferencePageParams

export const generateMetadata = bookingPageMetadata('pay')

/**
 * Pay for a held booking. The booking is opened in the browser with its token (never in the
 * URL the server sees); the server only says whether payments run on the local emulator.
 */
export default async function PayPage({ params }: Params) {
  const { locale, reference } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations('booking')
  const testMode = (await stripeEmulatorUrl()) !== null
  return (
    <div className={styles.page}>
      <Steps current={1} labels={[t('steps.details'), t('steps.pay'), t('steps.done')]} title={t('steps.title')} />
      <h1>{t('pay.title')}</h1>
      <PaymentStep reference={reference.toUpperCase()} testMode={testMode} />
    </div>
  )
}
