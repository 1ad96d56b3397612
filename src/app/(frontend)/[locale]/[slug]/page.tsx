import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { RenderBlocks } from '@/components/site/RenderBlocks'
import { isLocale } from '@/i18n/locales'

import { getFaqs } from '../../_lib/getFaqs'
import { getPage } from '../../_lib/getPage'
import { getPublicEvents } from '../../_lib/getPublicEvents'
import { pageMetadata } from '../../_lib/pageMetadata'
import { previewUser } from '../../_lib/previewUser'

// Cached, refreshed when an editor publishes or an event's status changes, re-rendered when
// 30 s old and never served past 60 s (next.config's expireTime); prices and seats are asked
// in the browser (LiveEventFacts), never from this cache.
export const revalidate = 30
/** No page is rendered at build time (the build has no database): each is cached on its first visit. */
export const generateStaticParams = async () => []

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale) || slug === 'home') return {}
  const page = await getPage(slug, locale, await previewUser())
  if (!page) return {}
  const t = await getTranslations({ locale, namespace: 'site.meta' })
  return pageMetadata(page, locale, `/${slug}`, t('description'))
}

/** A content page written in the CMS (the home page lives at the language's root). */
export default async function ContentPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale) || slug === 'home') notFound()
  setRequestLocale(locale)
  const page = await getPage(slug, locale, await previewUser())
  if (!page) notFound()
  const layout = page.layout ?? []
  const [events, faqs] = await Promise.all([
    layout.some((b) => b.blockType === 'eventList') ? getPublicEvents(locale) : [],
    layout.some((b) => b.blockType === 'faqList') ? getFaqs(locale) : [],
  ])
  return <RenderBlocks events={events} faqs={faqs} layout={layout} locale={locale} title={page.title} />
}
