'use client'

import { useEffect, useState } from 'react'

import type { Quote } from '@/app/(frontend)/_lib/ticketingTypes'

const REFRESH_MS = 30_000

/**
 * The server's quote for `quantity` seats, asked from the ticketing API as the page opens (the
 * page itself may come from a cache: its price never does), again when the quantity changes,
 * every 30 s and when the tab comes back. `initial` (a draft's preview price) is shown as it
 * is and never asked for: a draft has no public quote.
 */
export const useLiveQuote = (slug: string, quantity: number, initial: null | Quote) => {
  const [quote, setQuote] = useState<null | Quote>(initial)
  const [state, setState] = useState<'error' | 'idle' | 'loading'>(initial ? 'idle' : 'loading')
  const live = initial === null
  useEffect(() => {
    if (!live) return
    let cancelled = false
    const load = async () => {
      setState('loading')
      try {
        const res = await fetch(`/api/ticketing/events/${encodeURIComponent(slug)}/quote?quantity=${quantity}`, { cache: 'no-store' })
        if (!res.ok) throw new Error(String(res.status))
        const next = (await res.json()) as Quote
        if (!cancelled) {
          setQuote(next)
          setState('idle')
        }
      } catch {
        if (!cancelled) setState('error')
      }
    }
    void load()
    const timer = setInterval(load, REFRESH_MS)
    const onVisible = () => document.visibilityState === 'visible' && void load()
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      cancelled = true
      clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [live, slug, quantity])
  return { quote, state }
}
