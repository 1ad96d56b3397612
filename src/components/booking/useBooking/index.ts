'use client'

import { useCallback, useEffect, useState } from 'react'

import { type ApiError, callApi } from '../callApi'
import { readToken } from '../tokenStore'
import type { BookingView } from '../types'

// The Date header counts whole seconds: only a clearly wrong clock is corrected.
const clockOffset = (serverTime: null | number) => {
  const offset = serverTime === null ? 0 : serverTime - Date.now()
  return Math.abs(offset) > 3_000 ? offset : 0
}

export type BookingState =
  | { booking: BookingView; kind: 'ready'; offsetMs: number; token: string }
  | { error: ApiError; kind: 'error' }
  | { kind: 'loading' }
  | { kind: 'noAccess' }

/**
 * The visitor's booking, opened with the token this browser holds for it (from booking, or
 * from an email link's `#t=` fragment). `reload` asks the server again.
 */
export const useBooking = (reference: string) => {
  const [state, setState] = useState<BookingState>({ kind: 'loading' })
  const [token, setToken] = useState<null | string | undefined>(undefined)

  useEffect(() => {
    setToken(readToken(reference))
  }, [reference])

  const reload = useCallback(async (): Promise<BookingState> => {
    if (token === undefined) return { kind: 'loading' }
    if (!token) {
      setState({ kind: 'noAccess' })
      return { kind: 'noAccess' }
    }
    const result = await callApi<BookingView>(`/bookings/${encodeURIComponent(reference)}`, { token })
    const next: BookingState = result.ok
      ? { booking: result.data, kind: 'ready', offsetMs: clockOffset(result.serverTime), token }
      : result.error.status === 404
        ? { kind: 'noAccess' }
        : { error: result.error, kind: 'error' }
    setState(next)
    return next
  }, [reference, token])

  useEffect(() => {
    void reload()
  }, [reload])

  return { reload, state }
}
