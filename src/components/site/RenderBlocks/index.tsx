import { getTranslations } from 'next-intl/server'

import type { PublicEvent } from '@/app/(frontend)/_lib/ticketingTypes'
import type { Locale } from '@/i18n/locales'
import type { Faq, Page } from '@/payload-types'

import { ContentSection } from '../ContentSection'
import { CtaSection } from '../CtaSection'
import { FaqSection } from '../FaqSection'
import { FeaturesSection } from '../FeaturesSection'
import { HeroSection } from '../HeroSection'
import { SpeakerSection } from '../SpeakerSection'
import { TourDates } from '../TourDates'

type Props = { events: PublicEvent[]; faqs: Faq[]; layout: NonNullable<Page['layout']>; locale: Locale; title: string }

/** A CMS page's sections, in the editor's order. The page always has one h1 (the hero's, or its title). */
export async function RenderBlocks({ events, faqs, layout, locale, title }: Props) {
  const t = await getTranslations({ locale, namespace: 'site' })
  const hasHero = layout[0]?.blockType === 'hero'
  return (
    <>
      {hasHero ? null : (
        <div className="container">
          <h1 style={{ marginTop: 'var(--space-7)' }}>{title}</h1>
        </div>
      )}
      {layout.map((block, index) => {
        const key = block.id ?? `${block.blockType}-${index}`
        switch (block.blockType) {
          case 'hero':
            return index === 0 ? (
              <HeroSection block={block} key={key} locale={locale} secondary={{ href: '#programme', label: t('header.programme') }} />
            ) : null
          case 'features':
            return <FeaturesSection block={block} key={key} />
          case 'speaker':
            return <SpeakerSection block={block} fallbackTitle={t('speaker.title')} key={key} />
          case 'eventList':
            return <TourDates events={events} heading={block.heading || t('meta.eventsTitle')} intro={block.intro} key={key} locale={locale} />
          case 'faqList':
            return <FaqSection faqs={faqs} heading={block.heading || t('faq.title')} key={key} />
          case 'cta':
            return <CtaSection block={block} key={key} locale={locale} />
          case 'content':
            return <ContentSection block={block} key={key} />
          default:
            return null
        }
      })}
    </>
  )
}
