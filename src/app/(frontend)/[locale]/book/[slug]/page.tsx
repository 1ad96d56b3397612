import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import styles from '@/components/booking/booking.module.css'
import { BookingForm } from '@/components/booking/BookingForm/index.client'
import { EventSummary } from '@/components/booking/EventSummary'
import { findBookableEvent } from '@/components/booking/server/findBookableEvent'
import { Steps } from '@/components/booking/Steps'
import { isLocale } from '@/i18n/locales'

// The form's shell is cached (refreshed like the event's page); its price and seats come from
// the quote endpoint in the browser, and a booking always uses the server's quote.
export const revalidate = 30
/** No page is rendered at build time (the build has no database): each is cached on its first visit. */
export const generateStaticParams = async () => []

type Params = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const [t, event] = await Promise.all([getTranslations({ locale, namespace: 'booking.meta' }), findBookableEvent(slug, locale)])
  const title = t('bookTitle', { title: event?.title ?? '' })
  return {
    alternates: { canonical: `/${locale}/book/${slug}`, languages: { en: `/en/book/${slug}`, fr: `/fr/book/${slug}` } },
    description: t('bookDescription', { city: event?.city ?? '' }),
    openGraph: { title, type: 'website' },
    // The form of a public event is a public page (pay and confirmation pages are not indexed).
    robots: { follow: true, index: true },
    title,
  }
}

/** Book seats for one event: the form, with prices from the server. */
export default async function BookPage({ params }: Params) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const event = await findBookableEvent(slug, locale)
  if (!event) notFound()
  const t = await getTranslations('booking')
  return (
    <div className={styles.page}>
      <Steps current={0} labels={[t('steps.details'), t('steps.pay'), t('steps.done')]} title={t('steps.title')} />
      <h1>{t('form.title')}</h1>
      <EventSummary city={event.city} locale={locale} startsAt={event.startsAt} timezone={event.timezone} title={event.title} venueName={event.venueName} />
      <BookingForm event={event} eventHref={`/${locale}/events/${event.slug}`} />
    </div>
  )
}
