import styles from '../booking.module.css'

type Props = {
  city: string
  locale: string
  startsAt: string
  timezone: string
  title: string
  venueName: null | string
}

/** The event being booked: title, date and time in the event's own time zone, place. */
export const EventSummary = ({ city, locale, startsAt, timezone, title, venueName }: Props) => {
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: timezone }).format(new Date(startsAt))
  return (
    <div className={styles.card}>
      <p className={styles.eventTitle}>{title}</p>
      <p className={styles.eventLine}>
        <time dateTime={startsAt}>{when}</time>
      </p>
      <p className={styles.eventLine}>{[venueName, city].filter(Boolean).join(', ')}</p>
    </div>
  )
}
