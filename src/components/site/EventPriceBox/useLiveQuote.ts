'use client'

import { useEffect, useState } from 'react'

import type { Quote } from '@/app/(frontend)/_lib/ticketingTypes'

const REFRESH_MS = 30_000

/**
 * The server's quote for `quantity` seats, starting from the server-rendered one and asked
 * again from the ticketing API when the quantity changes, every 30 s, and when the tab comes back.
 */
export const useLiveQuote = (slug: string, quantity: number, initial: Quote) => {
  const [quote, setQuote] = useState(initial)
  const [state, setState] = useState<'error' | 'idle' | 'loading'>('idle')
  useEffect(() => {
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
    if (quantity !== initial.quantity || quote.quantity !== quantity) void load()
    const timer = setInterval(load, REFRESH_MS)
    const onVisible = () => document.visibilityState === 'visible' && void load()
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      cancelled = true
      clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisible)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slug, quantity])
  return { quote, state }
}
