'use client'

import { type ReactNode, useEffect, useRef } from 'react'

import styles from '../booking.module.css'
import { fieldId } from '../fieldId'

type Props = {
  children?: ReactNode
  /** Links to the fields in error, in the form's order. */
  fields?: { message: string; path: string }[]
  /** Changes each time the summary must take the focus again (a new failed attempt); 0 never takes it. */
  focusKey: number
  title: string
  tone?: 'error' | 'info'
}

/**
 * The problem box shown above the form after a failed attempt. It takes the focus so a
 * screen reader announces it and a keyboard user lands on it; each link moves to its field.
 */
export const ErrorSummary = ({ children, fields = [], focusKey, title, tone = 'error' }: Props) => {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus()
  }, [focusKey])
  return (
    <div aria-labelledby="error-summary-title" className={`${styles.summary} ${tone === 'info' ? styles.info : ''}`} ref={ref} role={focusKey > 0 ? 'alert' : 'status'} tabIndex={-1}>
      <h2 id="error-summary-title">{title}</h2>
      {fields.length ? (
        <ul>
          {fields.map((field) => (
            <li key={field.path}>
              <a
                href={`#${fieldId(field.path)}`}
                onClick={(event) => {
                  event.preventDefault()
                  document.getElementById(fieldId(field.path))?.focus()
                }}
              >
                {field.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  )
}
