import { useTranslations } from 'next-intl'

import styles from '../booking.module.css'
import type { BookingView } from '../types'

/** The attendees and, once the booking is confirmed, their ticket codes. */
export const AttendeeList = ({ attendees }: { attendees: BookingView['attendees'] }) => {
  const t = useTranslations('booking.confirmation')
  return (
    <section aria-labelledby="attendees-title" className={styles.card}>
      <h2 id="attendees-title">{t('attendeesTitle')}</h2>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('attendeeName')}</th>
            <th scope="col">{t('ticketCode')}</th>
          </tr>
        </thead>
        <tbody>
          {attendees.map((attendee, index) => (
            <tr key={index}>
              <td>{attendee.name}</td>
              <td className={styles.mono} data-testid="ticket-code">
                {attendee.ticketCode ?? <span className={styles.muted}>{t('codePending')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
