import { RichText } from '@payloadcms/richtext-lexical/react'
import { getTranslations } from 'next-intl/server'

import { formatEventDates } from '@/app/(frontend)/_lib/formatEventDates'
import type { Locale } from '@/i18n/locales'
import type { CityEvent } from '@/payload-types'

import styles from './styles.module.css'

/** When and where (in the event's own time zone), the group offer, and the event's text. */
export async function EventDetails({ event, locale }: { event: CityEvent; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'site.event' })
  const dates = formatEventDates(event, locale)
  const percent = event.groupDiscountPercent
    ? new Intl.NumberFormat(locale, { maximumFractionDigits: 2, style: 'percent' }).format(event.groupDiscountPercent / 100)
    : null
  return (
    <div className={styles.details}>
      <dl className={styles.facts}>
        <div>
          <dt>{t('when')}</dt>
          <dd>
            <span className={styles.strong}>{dates.fullDays}</span>
            <span>{t('hoursIn', { hours: dates.hours, zone: dates.zone })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('where')}</dt>
          <dd>
            {event.venueName ? <span className={styles.strong}>{event.venueName}</span> : null}
            <address>{event.venueAddress ?? event.city}</address>
          </dd>
        </div>
      </dl>
      {percent && event.groupMinimum ? <p className={styles.group} data-group>{t('group', { min: event.groupMinimum, percent })}</p> : null}
      {event.description ? (
        <div className="prose">
          <h2>{t('about')}</h2>
          <RichText data={event.description as never} disableContainer />
        </div>
      ) : null}
    </div>
  )
}
