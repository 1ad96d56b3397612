import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { TourDates } from '@/components/site/TourDates'
import { isLocale } from '@/i18n/locales'

import { alternates } from '../../_lib/alternates'
import { getPublicEvents } from '../../_lib/getPublicEvents'

export const dynamic = 'force-dynamic'

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
