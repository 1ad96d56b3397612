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

// Cached, refreshed when an editor publishes or the event's status changes (sold out, seats
// back, cancelled), re-rendered when 30 s old and never served past 60 s (next.config's
// expireTime): its structured data's offer is at most a minute old. The price box asks the
// quote endpoint in the browser: prices and seats never come from this cache.
export const revalidate = 30
/** No page is rendered at build time (the build has no database): each is cached on its first visit. */
export const generateStaticParams = async () => []

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
  // The structured data's offer: the server's quote when this page was rendered (at most a minute old).
  const quote = await eventQuote(event, now)
  const state = saleState({ ...event, seatsAvailable: quote.seatsAvailable, status: quote.eventStatus }, now)
  const dates = formatEventDates(event, locale)
  const salesOpenText = event.salesOpenAt ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: event.timezone }).format(new Date(event.salesOpenAt)) : ''
  const url = `${await siteUrl()}/${locale}/events/${event.slug}`
  return (
    <article>
      <JsonLd data={eventJsonLd({ description: plainText(event.description) || event.title, event, quote, state, url })} />
      <header className={styles.header}>
        <div className="container">
          <p><a className={styles.back} href={`/${locale}#dates`}>← {t('event.back')}</a></p>
          {event.status === 'DRAFT' ? <p className="badge">{t('event.draft')}</p> : null}
          {state === 'cancelled' || state === 'soldOut' ? <p className="badge" data-event-state={state}>{t(`events.${state}`)}</p> : null}
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
            locale={locale}
            maxPerBooking={event.maxPerBooking}
            previewQuote={event.status === 'DRAFT' ? quote : null}
            regularPrice={event.regularPrice}
            sales={{ salesCloseAt: event.salesCloseAt, salesOpenAt: event.salesOpenAt, startsAt: event.startsAt }}
            salesOpenText={salesOpenText}
            slug={event.slug}
          />
        </aside>
        <EventDetails event={event} locale={locale} />
      </div>
    </article>
  )
}
