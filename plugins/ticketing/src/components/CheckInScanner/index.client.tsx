'use client'

import { useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

import { playFeedback, unlockSound } from './feedback'
import { ResultScreen } from './ResultScreen'
import type { AttendeeMatch, DoorEventOption, ScanAnswer } from './types'
import { useCamera } from './useCamera'

type Props = { adminRoute: string; apiRoute: string; event: DoorEventOption | null; events: DoorEventOption[]; wasmUrl: string }

const big = { borderRadius: 12, fontSize: 18, minHeight: 56, width: '100%' } as const
const field = { ...big, border: '2px solid var(--theme-elevation-250)', boxSizing: 'border-box', padding: '0 14px' } as const
const primary = { ...big, background: 'var(--theme-success-500, #1f7a3a)', border: 0, color: '#fff', fontWeight: 700 } as const
const secondary = { ...big, background: 'var(--theme-elevation-100)', border: 0, color: 'var(--theme-text)', fontWeight: 600 } as const

/** This phone's name in check-in records: drawn once, kept in the browser. */
const deviceId = () => {
  const key = 'ticketing-check-in-device'
  let id = window.localStorage.getItem(key)
  if (!id) {
    id = `phone-${crypto.randomUUID().slice(0, 6)}`
    window.localStorage.setItem(key, id)
  }
  return id
}

/**
 * The door scanner: choose the event, then scan with the camera, type a ticket code or find a
 * name; each answer fills the screen in its colour with a sound. The count of attendees in
 * today / expected stays at the top. Everything a thumb needs is at the bottom of the screen.
 */
export const CheckInScanner = ({ adminRoute, apiRoute, event, events, wasmUrl }: Props) => {
  const { t } = useTranslation()
  const tt = useCallback((key: string, vars?: Record<string, unknown>) => (t as (k: string, v?: Record<string, unknown>) => string)(`plugin-ticketing:${key}`, vars), [t])
  const [answer, setAnswer] = useState<null | ScanAnswer>(null)
  const [problem, setProblem] = useState<null | string>(null)
  const [counts, setCounts] = useState<{ checkedIn: number; expected: number } | null>(null)
  const [code, setCode] = useState('')
  const [query, setQuery] = useState('')
  const [matches, setMatches] = useState<AttendeeMatch[] | null>(null)
  const busy = useRef(false)

  const attendeesUrl = (q = '') => `${apiRoute}/ticketing/events/${event?.id}/attendees?day=${event?.day}${q ? `&q=${encodeURIComponent(q)}` : ''}`
  const refreshCounts = useCallback(async () => {
    if (!event) return
    const response = await fetch(`${attendeesUrl()}&limit=0`, { credentials: 'include' }).catch(() => null)
    if (response?.ok) setCounts(await response.json())
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [event])

  const scan = useCallback(
    async (scanned: string) => {
      if (!event || busy.current || !scanned.trim()) return
      busy.current = true
      setProblem(null)
      const body = JSON.stringify({ code: scanned.trim(), deviceId: deviceId(), eventId: event.id, requestId: crypto.randomUUID() })
      try {
        // A dropped connection is retried with the same requestId: the server answers it as the first time.
        let response: Response | null = null
        for (let attempt = 0; attempt < 3 && !response; attempt++) {
          response = await fetch(`${apiRoute}/ticketing/check-ins`, { body, credentials: 'include', headers: { 'Content-Type': 'application/json' }, method: 'POST' }).catch(() => null)
        }
        if (!response) throw new Error('network')
        const data = await response.json()
        const next: null | ScanAnswer = response.ok ? data : data?.error?.code === 'TICKET_NOT_FOUND' ? { result: 'TICKET_NOT_FOUND' } : null
        if (!next) {
          setProblem(tt('checkInError', { message: data?.error?.message ?? response.status }))
          return
        }
        setAnswer(next)
        playFeedback(next.result)
        if (next.result === 'OK') setCounts((c) => (c ? { ...c, checkedIn: c.checkedIn + 1 } : c))
      } catch (error) {
        setProblem(tt('checkInError', { message: error instanceof Error ? error.message : String(error) }))
      } finally {
        busy.current = false
      }
    },
    [apiRoute, event, tt],
  )

  const camera = useCamera({ onCode: (found) => void scan(found), paused: answer !== null, wasmUrl })

  useEffect(() => {
    void refreshCounts()
    const timer = window.setInterval(() => void refreshCounts(), 15_000)
    return () => window.clearInterval(timer)
  }, [refreshCounts])

  useEffect(() => {
    if (!event || query.trim().length < 2) return setMatches(null)
    const timer = window.setTimeout(async () => {
      const response = await fetch(attendeesUrl(query.trim()), { credentials: 'include' }).catch(() => null)
      if (response?.ok) setMatches(((await response.json()) as { attendees: AttendeeMatch[] }).attendees.slice(0, 20))
    }, 250)
    return () => window.clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [event, query])

  const close = useCallback(() => {
    setAnswer(null)
    void refreshCounts()
  }, [refreshCounts])

  if (!event) {
    return (
      <main style={{ margin: '0 auto', maxWidth: 560, padding: 16 }}>
        <h1 style={{ fontSize: 26, margin: '8px 0 16px' }}>{tt('checkInTitle')}</h1>
        <h2 style={{ fontSize: 18, margin: '0 0 12px' }}>{tt('checkInChooseEvent')}</h2>
        {events.length ? null : <p>{tt('checkInNoEvents')}</p>}
        <ul style={{ display: 'grid', gap: 12, listStyle: 'none', margin: 0, padding: 0 }}>
          {events.map((option) => (
            <li key={option.id}>
              <a
                data-testid="check-in-event"
                href={`${adminRoute}/check-in?event=${option.id}`}
                style={{ ...secondary, alignItems: 'center', display: 'flex', padding: '8px 16px', textDecoration: 'none' }}
              >
                {option.title} · {new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: option.timezone }).format(new Date(option.startsAt))}
              </a>
            </li>
          ))}
        </ul>
      </main>
    )
  }

  return (
    <main style={{ display: 'flex', flexDirection: 'column', gap: 12, margin: '0 auto', maxWidth: 560, padding: 12 }}>
      <header>
        <h1 style={{ fontSize: 20, margin: '4px 0' }}>{event.title}</h1>
        <p aria-live="polite" data-testid="check-in-count" style={{ fontSize: 22, fontWeight: 700, margin: 0 }}>
          {counts ? tt('checkInCount', { checkedIn: counts.checkedIn, expected: counts.expected }) : '…'}
        </p>
        <a href={`${adminRoute}/check-in`} style={{ fontSize: 14 }}>
          {tt('checkInChangeEvent')}
        </a>
      </header>

      <video muted playsInline ref={camera.video} style={{ background: '#111', borderRadius: 12, display: camera.on ? 'block' : 'none', maxHeight: '42vh', objectFit: 'cover', width: '100%' }} />
      {camera.error ? <p role="alert">{tt('checkInCameraError', { message: camera.error })}</p> : null}
      {problem ? <p role="alert" style={{ color: 'var(--theme-error-500)', fontWeight: 600 }}>{problem}</p> : null}

      <form
        onSubmit={(e) => {
          e.preventDefault()
          unlockSound()
          void scan(code).then(() => setCode(''))
        }}
        style={{ display: 'grid', gap: 8 }}
      >
        <label htmlFor="check-in-code" style={{ fontWeight: 600 }}>{tt('checkInCode')}</label>
        <input autoCapitalize="characters" autoComplete="off" id="check-in-code" onChange={(e) => setCode(e.target.value)} placeholder={tt('checkInCodePlaceholder')} style={field} value={code} />
        <button style={primary} type="submit">{tt('checkInSubmit')}</button>
      </form>

      <div style={{ display: 'grid', gap: 8 }}>
        <label htmlFor="check-in-search" style={{ fontWeight: 600 }}>{tt('checkInSearch')}</label>
        <input autoComplete="off" id="check-in-search" onChange={(e) => setQuery(e.target.value)} style={field} type="search" value={query} />
        {matches && !matches.length ? <p>{tt('checkInNoMatch')}</p> : null}
        {matches?.length ? (
          <ul data-testid="check-in-matches" style={{ display: 'grid', gap: 8, listStyle: 'none', margin: 0, padding: 0 }}>
            {matches.map((match) => {
              const inToday = match.checkedInDays.includes(event.day)
              return (
                <li key={match.id} style={{ alignItems: 'center', display: 'flex', gap: 8, justifyContent: 'space-between' }}>
                  <span>
                    <strong>{match.name}</strong>
                    <br />
                    <small>{match.reference} · {match.ticketCode ?? '—'}</small>
                  </span>
                  {inToday ? (
                    <span style={{ fontWeight: 600 }}>{tt('checkInAlreadyToday')}</span>
                  ) : (
                    <button
                      disabled={!match.ticketCode}
                      onClick={() => {
                        unlockSound()
                        void scan(match.ticketCode ?? '').then(() => setQuery(''))
                      }}
                      style={{ ...primary, minWidth: 120, width: 'auto' }}
                      type="button"
                    >
                      {tt('checkInSubmit')}
                    </button>
                  )}
                </li>
              )
            })}
          </ul>
        ) : null}
      </div>

      <button
        data-testid="camera-toggle"
        onClick={() => {
          unlockSound()
          if (camera.on) camera.stop()
          else void camera.start()
        }}
        style={camera.on ? secondary : primary}
        type="button"
      >
        {camera.on ? tt('checkInStopCamera') : tt('checkInStartCamera')}
      </button>

      {answer ? <ResultScreen answer={answer} onClose={close} timezone={event.timezone} /> : null}
    </main>
  )
}
