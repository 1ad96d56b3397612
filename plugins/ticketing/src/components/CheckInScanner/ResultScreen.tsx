'use client'

import { useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'

import { outcomeColour } from './feedback'
import type { ScanAnswer } from './types'

const OK_CLOSES_AFTER_MS = 2500

/**
 * The answer to a scan over the whole screen, in its colour: what it means, who it is, and for
 * a second scan when and by whom the ticket was first scanned. A tap anywhere closes it (an
 * OK closes by itself, so the queue keeps moving).
 */
export const ResultScreen = ({ answer, onClose, timezone }: { answer: ScanAnswer; onClose: () => void; timezone: string }) => {
  const { i18n, t } = useTranslation()
  const tt = (key: string, vars?: Record<string, unknown>) => (t as (k: string, v?: Record<string, unknown>) => string)(`plugin-ticketing:${key}`, vars)
  useEffect(() => {
    if (answer.result !== 'OK') return
    const timer = window.setTimeout(onClose, OK_CLOSES_AFTER_MS)
    return () => window.clearTimeout(timer)
  }, [answer, onClose])
  const time = (iso: string) => new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', timeZone: timezone, weekday: 'short' }).format(new Date(iso))
  const hint = answer.result === 'OK' || answer.result === 'ALREADY_CHECKED_IN' ? null : tt(`checkInHint_${answer.result}`)
  return (
    <div
      aria-live="assertive"
      data-result={answer.result}
      data-testid="check-in-result"
      onClick={onClose}
      role="alert"
      style={{ background: outcomeColour(answer.result), color: '#fff', display: 'flex', flexDirection: 'column', inset: 0, padding: '32px 20px', position: 'fixed', zIndex: 1000 }}
    >
      <div style={{ flex: 1 }}>
        <p style={{ fontSize: 40, fontWeight: 800, lineHeight: 1.1, margin: '24px 0 16px' }}>{tt(`checkInResult_${answer.result}`)}</p>
        {answer.attendee ? <p style={{ fontSize: 28, fontWeight: 700, margin: '0 0 8px' }}>{answer.attendee.name}</p> : null}
        {answer.booking && answer.attendee ? (
          <p style={{ fontSize: 17, margin: '0 0 8px', opacity: 0.92 }}>
            {tt('checkInBooking', { position: answer.attendee.position, quantity: answer.booking.quantity, reference: answer.booking.reference })}
          </p>
        ) : null}
        {answer.first ? (
          <p data-testid="first-scan" style={{ background: 'rgba(0,0,0,0.2)', borderRadius: 8, fontSize: 20, margin: '16px 0', padding: 12 }}>
            {tt('checkInFirst', { at: time(answer.first.at), by: answer.first.by ?? '—' })}
            {answer.first.deviceId ? ` ${tt('checkInOnDevice', { device: answer.first.deviceId })}` : ''}
          </p>
        ) : null}
        {hint ? <p style={{ fontSize: 19, margin: '16px 0' }}>{hint}</p> : null}
      </div>
      <button
        onClick={onClose}
        style={{ background: '#fff', border: 0, borderRadius: 12, color: '#111', fontSize: 20, fontWeight: 700, minHeight: 64, width: '100%' }}
        type="button"
      >
        {tt('checkInNext')}
      </button>
    </div>
  )
}
