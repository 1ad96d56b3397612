import { getTranslations } from 'next-intl/server'

import { formatEventDates } from '@/app/(frontend)/_lib/formatEventDates'
import { saleState } from '@/app/(frontend)/_lib/saleState'
import type { PublicEvent } from '@/app/(frontend)/_lib/ticketingTypes'
import type { Locale } from '@/i18n/locales'

import { LiveEventFacts } from '../LiveEventFacts/index.client'
import styles from './styles.module.css'

/** One city of the tour: dates and hours in the event's time zone, venue; the server's live price and seats left (LiveEventFacts). */
export async function EventCard({ event, locale }: { event: PublicEvent; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'site.events' })
  const dates = formatEventDates(event, locale)
  const href = `/${locale}/events/${event.slug}`
  return (
    <article className={styles.card} data-event={event.slug}>
      <p className={styles.city}>{event.city}</p>
      <h3 className={styles.title}>
        <a className={styles.link} href={href}>{dates.days}</a>
      </h3>
      <p className={styles.meta}>
        <span>{dates.hours} <abbr className={styles.zone}>({dates.zone})</abbr></span>
        {event.venueName ? <span>{event.venueName}</span> : null}
      </p>
      <div className={styles.footer}>
        <LiveEventFacts locale={locale} renderedState={saleState(event)} slug={event.slug} />
      </div>
      <span aria-hidden="true" className={styles.cta}>{t('details')} →</span>
    </article>
  )
}
