import { getTranslations } from 'next-intl/server'

import type { PublicEvent } from '@/app/(frontend)/_lib/ticketingTypes'
import type { Locale } from '@/i18n/locales'

import { EventCard } from '../EventCard'
import styles from './styles.module.css'

/** The tour dates: one card per upcoming city. `level` 1 when it is the page's title. */
export async function TourDates({ events, heading, intro, level = 2, locale }: { events: PublicEvent[]; heading: string; intro?: null | string; level?: 1 | 2; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'site.events' })
  const Heading = level === 1 ? 'h1' : 'h2'
  return (
    <section aria-labelledby="dates-title" className="section" id="dates">
      <div className="container">
        <Heading id="dates-title">{heading}</Heading>
        {intro ? <p className="section__intro">{intro}</p> : null}
        {events.length ? (
          <ul className={styles.grid}>
            {events.map((event) => (
              <li key={event.id}>
                <EventCard event={event} locale={locale} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('empty')}</p>
        )}
      </div>
    </section>
  )
}
