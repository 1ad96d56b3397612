import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { EventDetails } from '@/components/site/EventDetails'
import { EventPriceBox } from '@/components/site/EventPriceBox/index.client'
import { JsonLd } from '@/components/site/JsonLd'
import { isLocale } from '@/i18n/locales'

import { eventJsonLd } from '../../../_lib/eventJsonLd'
import { eventMetadata } from '../../../_lib/eventMetadata'
import { eventQuote } from '../../../_lib/eventQuote'
import { formatEventDates } from '../../../_lib/formatEventDates'
import { getEvent } from '../../../_lib/getEvent'
import { plainText } from '../../../_lib/plainText'
import { previewUser } from '../../../_lib/previewUser'
import { saleState } from '../../../_lib/saleState'
import { siteUrl } from '../../../_lib/siteUrl'
import styles from './styles.module.css'

// Live seats and prices: rendered on every request.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const event = await getEvent(slug, locale, await previewUser())
  return event ? eventMetadata(event, locale) : {}
}

export default async function EventPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const previewer = await previewUser()
  const event = await getEvent(slug, locale, previewer)
  if (!event) notFound()
  const t = await getTranslations({ locale, namespace: 'site' })
  const now = new Date()
  const quote = await eventQuote(event)
  const state = saleState({ ...event, seatsAvailable: quote.seatsAvailable, status: quote.eventStatus }, now)
  const dates = formatEventDates(event, locale)
  const salesOpen = event.salesOpenAt ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: event.timezone }).format(new Date(event.salesOpenAt)) : ''
  const closedText = state === 'notYet' ? t('event.notYet', { date: salesOpen }) : state === 'open' ? '' : t(`event.${state}`)
  const url = `${await siteUrl()}/${locale}/events/${event.slug}`
  return (
    <article>
      <JsonLd data={eventJsonLd({ description: plainText(event.description) || event.title, event, quote, state, url })} />
      <header className={styles.header}>
        <div className="container">
          <p><a className={styles.back} href={`/${locale}#dates`}>← {t('event.back')}</a></p>
          {event.status === 'DRAFT' ? <p className="badge">{t('event.draft')}</p> : null}
          <p className={styles.city}>{event.city}</p>
          <h1>{event.title}</h1>
          <p className={styles.lead}>
            {dates.days}
            {event.venueName ? ` · ${event.venueName}` : ''}
          </p>
        </div>
      </header>
      <div className={`container ${styles.body}`}>
        <aside className={styles.aside}>
          <EventPriceBox
            closedText={closedText}
            initialQuote={quote}
            locale={locale}
            maxPerBooking={event.maxPerBooking}
            now={now.toISOString()}
            regularPrice={event.regularPrice}
            slug={event.slug}
            state={state}
          />
        </aside>
        <EventDetails event={event} locale={locale} />
      </div>
    </article>
  )
}
