'use client'

import { useTranslations } from 'next-intl'

import styles from '../booking.module.css'
import { TextField } from '../TextField'
import type { BookingFormValues } from '../validateBookingForm'

type Attendee = BookingFormValues['attendees'][number]

type Props = {
  attendees: Attendee[]
  errorFor: (path: string) => null | string
  onChange: (index: number, attendee: Attendee) => void
}

/** One name (and an optional email) per seat; the first seat starts as the buyer's. */
export const AttendeeFields = ({ attendees, errorFor, onChange }: Props) => {
  const t = useTranslations('booking.form')
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t('attendeesLegend', { count: attendees.length })}</legend>
      <p className={styles.hint}>{t('attendeesHint')}</p>
      {attendees.map((attendee, index) => (
        <div className={styles.attendee} key={index}>
          <h3>{t('attendee', { number: index + 1 })}</h3>
          <div className={styles.grid}>
            <TextField
              autoComplete={index === 0 ? 'name' : 'off'}
              error={errorFor(`attendees.${index}.name`)}
              label={t('attendeeName', { number: index + 1 })}
              maxLength={200}
              onValue={(name) => onChange(index, { ...attendee, name })}
              path={`attendees.${index}.name`}
              value={attendee.name}
            />
            <TextField
              autoComplete={index === 0 ? 'email' : 'off'}
              error={errorFor(`attendees.${index}.email`)}
              inputMode="email"
              label={t('attendeeEmail', { number: index + 1 })}
              maxLength={254}
              onValue={(email) => onChange(index, { ...attendee, email })}
              optionalLabel={t('optional')}
              path={`attendees.${index}.email`}
              type="email"
              value={attendee.email}
            />
          </div>
        </div>
      ))}
    </fieldset>
  )
}
