'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useEffect, useRef, useState } from 'react'

import type {} from 'altcha/types/react'

import styles from '../booking.module.css'

type Props = {
  error?: null | string
  /** The event's slug: the challenge is harder while most of its unsold seats are held. */
  event: string
  /** Told once the server says whether bookings need the check. */
  onRequired?: (required: boolean) => void
  /** The solved payload to send as `captcha`, or null while unsolved. */
  onSolved: (payload: null | string) => void
}

/**
 * The ALTCHA proof-of-work check (self-hosted: the challenge comes from
 * GET /api/ticketing/captcha). Shown only when the server requires it; the widget script is
 * loaded in the browser only then.
 */
export const CaptchaField = ({ error, event, onRequired, onSolved }: Props) => {
  const challengeUrl = `/api/ticketing/captcha?event=${encodeURIComponent(event)}`
  const t = useTranslations('booking.form')
  const locale = useLocale()
  const [required, setRequired] = useState(false)
  const [loaded, setLoaded] = useState(false)
  const widget = useRef<HTMLElement>(null)

  useEffect(() => {
    let cancelled = false
    fetch(challengeUrl, { cache: 'no-store' })
      .then((response) => response.json())
      .then(async (data: { required?: boolean }) => {
        if (cancelled) return
        onRequired?.(Boolean(data.required))
        if (!data.required) return
        await import('altcha')
        // English is built in; French registers its strings on import.
        if (locale === 'fr') await import('altcha/i18n/fr-fr')
        if (!cancelled) {
          setRequired(true)
          setLoaded(true)
        }
      })
      .catch(() => {})
    return () => {
      cancelled = true
    }
  }, [challengeUrl, locale, onRequired])

  useEffect(() => {
    const element = widget.current
    if (!element) return
    const onState = (event: Event) => {
      const detail = (event as CustomEvent<{ payload?: string; state: string }>).detail
      onSolved(detail.state === 'verified' && detail.payload ? detail.payload : null)
    }
    element.addEventListener('statechange', onState)
    return () => element.removeEventListener('statechange', onState)
  }, [loaded, onSolved])

  if (!required) return null
  return (
    <div className={styles.field} id="field-captcha" tabIndex={-1}>
      <p className={styles.hint}>{t('captchaHint')}</p>
      <altcha-widget aria-describedby={error ? 'field-captcha-error' : undefined} challenge={challengeUrl} language={locale === 'fr' ? 'fr-fr' : 'en'} ref={widget} />
      {error ? (
        <p className={styles.fieldError} id="field-captcha-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
