'use client'

import { useLocale, useTranslations } from 'next-intl'
import { type FormEvent, useCallback, useEffect, useState } from 'react'

import styles from '../booking.module.css'
import { callApi } from '../callApi'
import { CaptchaField } from '../CaptchaField/index.client'

type Entry = { position: null | number; quantity: number; status: string }
const KEY = (slug: string) => `masterclass:waitlist:${slug}`
const ERRORS = ['ALREADY_WAITING', 'SEATS_AVAILABLE', 'RATE_LIMITED', 'CAPTCHA_REQUIRED', 'CAPTCHA_INVALID', 'VALIDATION']

/**
 * "Join the waiting list" for a sold-out event (client-side: the event page may be served from
 * a cache). The token the server gives back stays in this browser, so coming back shows the
 * place in the queue and lets the visitor leave.
 */
export const WaitlistJoin = ({ maxPerBooking, slug }: { maxPerBooking: number; slug: string }) => {
  const t = useTranslations('waitlist')
  const locale = useLocale()
  const [form, setForm] = useState({ acceptPartial: false, email: '', name: '', quantity: 1 })
  const [captcha, setCaptcha] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<null | string>(null)
  const [token, setToken] = useState<null | string>(null)
  const [entry, setEntry] = useState<Entry | null>(null)
  const [left, setLeft] = useState(false)

  useEffect(() => {
    const stored = window.localStorage.getItem(KEY(slug))
    if (!stored) return
    void callApi<Entry>(`/waitlist/${encodeURIComponent(stored)}`).then((result) => {
      if (result.ok && (result.data.status === 'WAITING' || result.data.status === 'OFFERED')) {
        setToken(stored)
        setEntry(result.data)
      } else window.localStorage.removeItem(KEY(slug))
    })
  }, [slug])

  const onSolved = useCallback((payload: null | string) => setCaptcha(payload), [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    const body = { ...form, email: form.email.trim(), locale, name: form.name.trim(), ...(captcha ? { captcha } : {}) }
    const result = await callApi<Entry & { token: string }>(`/events/${encodeURIComponent(slug)}/waitlist`, { body, method: 'POST' })
    setBusy(false)
    if (!result.ok) {
      setProblem(ERRORS.includes(result.error.code) ? t(`errors.${result.error.code}`) : t('errors.other', { message: result.error.message }))
      return
    }
    window.localStorage.setItem(KEY(slug), result.data.token)
    setToken(result.data.token)
    setEntry(result.data)
  }

  const leave = async () => {
    if (!token) return
    await callApi(`/waitlist/${encodeURIComponent(token)}`, { method: 'DELETE' })
    window.localStorage.removeItem(KEY(slug))
    setToken(null)
    setEntry(null)
    setLeft(true)
  }

  if (entry) {
    return (
      <div className={styles.card} data-testid="waitlist-entry" role="status">
        <p>{entry.status === 'OFFERED' ? t('offered') : t('joined', { position: entry.position ?? 1, quantity: entry.quantity })}</p>
        <button className={`${styles.button} ${styles.secondary}`} onClick={() => void leave()} type="button">
          {t('leave')}
        </button>
      </div>
    )
  }
  return (
    <form aria-labelledby="waitlist-title" className={styles.card} noValidate onSubmit={submit}>
      <h2 id="waitlist-title">{t('title')}</h2>
      {left ? <p role="status">{t('left')}</p> : null}
      <p className={styles.note}>{t('intro')}</p>
      <div className={styles.field}>
        <label htmlFor="waitlist-name">{t('name')}</label>
        <input autoComplete="name" className={styles.input} id="waitlist-name" onChange={(e) => setForm({ ...form, name: e.target.value })} required value={form.name} />
      </div>
      <div className={styles.field}>
        <label htmlFor="waitlist-email">{t('email')}</label>
        <input autoComplete="email" className={styles.input} id="waitlist-email" inputMode="email" onChange={(e) => setForm({ ...form, email: e.target.value })} required type="email" value={form.email} />
      </div>
      <div className={styles.field}>
        <label htmlFor="waitlist-quantity">{t('quantity')}</label>
        <select className={`${styles.input} ${styles.narrow}`} id="waitlist-quantity" onChange={(e) => setForm({ ...form, quantity: Number(e.target.value) })} value={form.quantity}>
          {Array.from({ length: maxPerBooking }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label>
          <input checked={form.acceptPartial} onChange={(e) => setForm({ ...form, acceptPartial: e.target.checked })} type="checkbox" /> {t('acceptPartial')}
        </label>
      </div>
      <CaptchaField event={slug} onSolved={onSolved} />
      {problem ? (
        <p className={styles.fieldError} role="alert">
          {problem}
        </p>
      ) : null}
      <div className={styles.actions}>
        <button aria-disabled={busy} className={styles.button} type="submit">
          {busy ? t('submitting') : t('submit')}
        </button>
      </div>
    </form>
  )
}
