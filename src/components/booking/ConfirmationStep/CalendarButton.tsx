'use client'

import { useTranslations } from 'next-intl'

import styles from '../booking.module.css'
import { calendarFile } from '../calendarFile'
import type { BookingView } from '../types'

/** "Add to calendar": downloads the event as an .ics file built from the booking. */
export const CalendarButton = ({ booking, url }: { booking: BookingView; url: string }) => {
  const t = useTranslations('booking.confirmation')
  const download = () => {
    const ics = calendarFile(booking, url)
    if (!ics) return
    const link = document.createElement('a')
    const href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }))
    link.href = href
    link.download = `${booking.reference}.ics`
    document.body.append(link)
    link.click()
    link.remove()
    window.setTimeout(() => URL.revokeObjectURL(href), 10_000)
  }
  return (
    <div className={styles.actions}>
      <button className={`${styles.button} ${styles.secondary}`} onClick={download} type="button">
        {t('addToCalendar')}
      </button>
    </div>
  )
}
