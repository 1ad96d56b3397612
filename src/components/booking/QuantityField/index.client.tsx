'use client'

import { useTranslations } from 'next-intl'

import styles from '../booking.module.css'
import { fieldId } from '../fieldId'

type Props = { error: null | string; max: number; onChange: (quantity: number) => void; value: number }

/** How many seats: a native select, so keyboard and screen readers work as everywhere. */
export const QuantityField = ({ error, max, onChange, value }: Props) => {
  const t = useTranslations('booking.form')
  const id = fieldId('quantity')
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{t('quantity')}</label>
      <p className={styles.hint} id={`${id}-hint`}>
        {t('quantityHint', { max })}
      </p>
      <select
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        className={`${styles.input} ${styles.narrow}`}
        id={id}
        name="quantity"
        onChange={(event) => onChange(Number(event.target.value))}
        value={value}
      >
        {Array.from({ length: max }, (_, index) => index + 1).map((count) => (
          <option key={count} value={count}>
            {count}
          </option>
        ))}
      </select>
      {error ? (
        <p className={styles.fieldError} id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
