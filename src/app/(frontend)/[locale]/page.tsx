import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { RenderBlocks } from '@/components/site/RenderBlocks'
import { isLocale, type Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'

import { alternates } from '../_lib/alternates'
import { getFaqs } from '../_lib/getFaqs'
import { getPage } from '../_lib/getPage'
import { getPublicEvents } from '../_lib/getPublicEvents'
import { pageMetadata } from '../_lib/pageMetadata'
import { previewUser } from '../_lib/previewUser'

// Cached, refreshed when an editor publishes or an event's status changes, re-rendered when
// 30 s old and never served past 60 s (next.config's expireTime); prices and seats are asked
// in the browser (LiveEventFacts), never from this cache.
export const revalidate = 30
/** No page is rendered at build time (the build has no database): each is cached on its first visit. */
export const generateStaticParams = async () => []

type Props = { params: Promise<{ locale: string }> }

/** Before editors write a home page, the site still lists the tour dates. */
const FALLBACK_LAYOUT: NonNullable<Page['layout']> = [{ blockType: 'eventList' }, { blockType: 'faqList' }]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'site.meta' })
  const page = await getPage('home', locale, await previewUser())
  return page ? pageMetadata(page, locale, '', t('description'), true) : { alternates: alternates(locale, ''), description: t('description') }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'site.meta' })
  const page = await getPage('home', locale as Locale, await previewUser())
  const layout = page?.layout?.length ? page.layout : FALLBACK_LAYOUT
  const [events, faqs] = await Promise.all([
    layout.some((b) => b.blockType === 'eventList') ? getPublicEvents(locale) : [],
    layout.some((b) => b.blockType === 'faqList') ? getFaqs(locale) : [],
  ])
  return <RenderBlocks events={events} faqs={faqs} layout={layout} locale={locale} title={page?.title ?? t('siteName')} />
}
