import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { TourDates } from '@/components/site/TourDates'
import { isLocale } from '@/i18n/locales'

import { alternates } from '../../_lib/alternates'
import { getPublicEvents } from '../../_lib/getPublicEvents'

// Cached, refreshed when an editor publishes or an event's status changes, re-rendered when
// 30 s old and never served past 60 s (next.config's expireTime); prices and seats are asked
// in the browser (LiveEventFacts), never from this cache.
export const revalidate = 30
/** No page is rendered at build time (the build has no database): each is cached on its first visit. */
export const generateStaticParams = async () => []

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'site.meta' })
  return { alternates: alternates(locale, '/events'), description: t('eventsDescription'), title: t('eventsTitle') }
}

/** Every upcoming date of the tour. */
export default async function EventsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'site.meta' })
  return <TourDates events={await getPublicEvents(locale)} heading={t('eventsTitle')} intro={t('eventsDescription')} level={1} locale={locale} />
}
