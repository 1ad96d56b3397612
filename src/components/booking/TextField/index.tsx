import type { InputHTMLAttributes } from 'react'

import styles from '../booking.module.css'
import { fieldId } from '../fieldId'

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> & {
  error?: null | string
  hint?: string
  label: string
  onValue: (value: string) => void
  optionalLabel?: string
  path: string
}

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export const TextField = ({ error, hint, label, onValue, optionalLabel, path, ...input }: Props) => {
  const id = fieldId(path)
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        {label}
        {optionalLabel ? <span className={styles.optional}> ({optionalLabel})</span> : null}
      </label>
      {hint ? (
        <p className={styles.hint} id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        {...input}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        className={styles.input}
        id={id}
        name={path}
        onChange={(event) => onValue(event.target.value)}
      />
      {error ? (
        <p className={styles.fieldError} id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
