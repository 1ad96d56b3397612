'use client'
import { Button, toast, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

import { failureMessage, type Translate } from '../../translations/translator'
import { useTicketingTranslation } from '../../translations/useTicketingTranslation'

type Progress = { bookings: { done: number; toDo: number; total: number }; eventId: number; status: string }

const POLL_MS = 3000

const call = async (url: string, method: 'GET' | 'POST', tr: Translate): Promise<Progress> => {
  const response = await fetch(url, { body: method === 'POST' ? '{}' : undefined, credentials: 'include', headers: { 'Content-Type': 'application/json' }, method })
  const data = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(failureMessage(tr, response.status, data))
  return data as Progress
}

/**
 * On a city event's admin page (admins): "Cancel event and refund everyone…" behind a
 * confirm dialog. The server cancels the event and settles each booking in a job of its
 * own; this shows how far it is (bookings settled / to settle, read from the database),
 * refreshed while some are left. Pressing it again resumes, never repeats.
 */
export const CancelEventAction = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { tr } = useTicketingTranslation()
  const [progress, setProgress] = useState<null | Progress>(null)
  const [busy, setBusy] = useState(false)
  const running = useRef(false)
  // Only the server knows how the host maps its users to roles: the progress endpoint is for
  // admins only, so its answer decides whether this user gets the button.
  const [isAdmin, setIsAdmin] = useState(false)
  const base = id ? `/api/ticketing/events/${encodeURIComponent(String(id))}` : null

  const refresh = useCallback(async () => {
    if (!base) return
    setProgress(await call(`${base}/cancellation`, 'GET', tr).catch(() => null))
  }, [base])

  useEffect(() => {
    if (!base || !user) return setIsAdmin(false)
    let live = true
    void fetch(`${base}/cancellation`, { credentials: 'include' })
      .then(async (response) => {
        if (!live) return
        setIsAdmin(response.ok)
        if (response.ok) setProgress((await response.json()) as Progress)
      })
      .catch(() => live && setIsAdmin(false))
    return () => {
      live = false
    }
  }, [base, user])

  // While bookings are left, read the progress again every few seconds.
  const left = progress?.bookings.toDo ?? 0
  useEffect(() => {
    if (!left) return
    const timer = setInterval(() => void refresh(), POLL_MS)
    return () => clearInterval(timer)
  }, [left, refresh])

  if (!base || !isAdmin) return null

  const cancelEvent = async () => {
    if (running.current || !window.confirm(tr('cancelEventConfirm'))) return
    running.current = true
    setBusy(true)
    try {
      setProgress(await call(`${base}/cancel`, 'POST', tr))
      toast.success(tr('cancelEventStarted'))
    } catch (error) {
      toast.error(tr('cancelEventFailed', { message: error instanceof Error ? error.message : String(error) }))
    } finally {
      running.current = false
      setBusy(false)
    }
  }

  const { done = 0, total = 0 } = progress?.bookings ?? {}
  // Once every booking is settled there is nothing left to do (an event cancelled by hand can still be settled here).
  const started = total > 0
  return (
    <div style={{ alignItems: 'center', display: 'flex', gap: 12 }}>
      {started ? (
        <span aria-live="polite" role="status">
          {left > 0 ? tr('cancelEventProgress', { done, total }) : tr('cancelEventDone', { total })}
        </span>
      ) : null}
      {!started || left > 0 ? (
        <Button buttonStyle="error" disabled={busy} margin={false} onClick={cancelEvent} size="medium">
          {tr('cancelEventButton')}
        </Button>
      ) : null}
    </div>
  )
}
