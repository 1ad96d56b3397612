import { getTranslations } from 'next-intl/server'

import { formatEventDates } from '@/app/(frontend)/_lib/formatEventDates'
import { formatMoney } from '@masterclass/plugin-ticketing/domain'
import { saleState } from '@/app/(frontend)/_lib/saleState'
import type { PublicEvent } from '@/app/(frontend)/_lib/ticketingTypes'
import type { Locale } from '@/i18n/locales'

import styles from './styles.module.css'

/** One city of the tour: dates and hours in the event's time zone, venue, the server's price and seats left. */
export async function EventCard({ event, locale }: { event: PublicEvent; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'site.events' })
  const dates = formatEventDates(event, locale)
  const state = saleState(event)
  const price = event.quote ? formatMoney(event.quote.unitPrice, event.quote.currency, locale, { hideZeroMinor: true }) : null
  const status =
    state === 'open' ? t('seatsLeft', { count: event.seatsAvailable }) : state === 'soldOut' ? t('soldOut') : t(state)
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
        {price ? (
          <p className={styles.price}>
            <span className={styles.from}>{event.quote?.ticketType === 'EARLY_BIRD' ? t('earlyBird') : t('from')}</span>
            <strong data-price>{price}</strong>
          </p>
        ) : null}
        <p className={state === 'open' ? styles.seats : `${styles.seats} ${styles.closed}`} data-seats>
          {status}
        </p>
      </div>
      <span aria-hidden="true" className={styles.cta}>{t('details')} →</span>
    </article>
  )
}
