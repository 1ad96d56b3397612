'use client'

import { useEffect, useState } from 'react'

import type { PublicEvent } from '@/app/(frontend)/_lib/ticketingTypes'

/** One request per page and language, shared by every card on it. */
const requests = new Map<string, Promise<null | PublicEvent[]>>()

const load = (locale: string) => {
  let request = requests.get(locale)
  if (!request) {
    request = fetch(`/api/ticketing/events?locale=${encodeURIComponent(locale)}`, { cache: 'no-store' })
      .then(async (res) => (res.ok ? ((await res.json()) as { events: PublicEvent[] }).events : null))
      .catch(() => null)
      .finally(() => setTimeout(() => requests.delete(locale), 1_000))
    requests.set(locale, request)
  }
  return request
}

/**
 * The ticketing API's live entry for one event (price, seats, status), asked in the browser:
 * the page around it may come from a cache. `undefined` while it loads, `null` when the API
 * does not list the event (any more) or cannot be reached.
 */
export const usePublicEvent = (locale: string, slug: string): null | PublicEvent | undefined => {
  const [event, setEvent] = useState<null | PublicEvent | undefined>(undefined)
  useEffect(() => {
    let cancelled = false
    void load(locale).then((events) => {
      if (!cancelled) setEvent(events?.find((candidate) => candidate.slug === slug) ?? null)
    })
    return () => {
      cancelled = true
    }
  }, [locale, slug])
  return event
}
