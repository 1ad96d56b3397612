'use client'

import { useTranslations } from 'next-intl'

import styles from '../booking.module.css'
import { TextField } from '../TextField'
import type { BookingFormValues } from '../validateBookingForm'

type Props = {
  errorFor: (path: string) => null | string
  onChange: (buyer: BookingFormValues['buyer']) => void
  value: BookingFormValues['buyer']
}

/** The buyer: name, email (where the tickets go) and an optional phone. */
export const BuyerFields = ({ errorFor, onChange, value }: Props) => {
  const t = useTranslations('booking.form')
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t('buyerLegend')}</legend>
      <div className={styles.stack}>
        <TextField autoComplete="name" error={errorFor('buyer.name')} label={t('name')} maxLength={200} onValue={(name) => onChange({ ...value, name })} path="buyer.name" value={value.name} />
        <TextField
          autoComplete="email"
          error={errorFor('buyer.email')}
          hint={t('emailHint')}
          inputMode="email"
          label={t('email')}
          maxLength={254}
          onValue={(email) => onChange({ ...value, email })}
          path="buyer.email"
          type="email"
          value={value.email}
        />
        <TextField
        autoComplete="tel"
        error={errorFor('buyer.phone')}
        hint={t('phoneHint')}
        label={t('phone')}
        maxLength={32}
        onValue={(phone) => onChange({ ...value, phone })}
        optionalLabel={t('optional')}
        path="buyer.phone"
        type="tel"
        value={value.phone}
      />
      </div>
    </fieldset>
  )
}
