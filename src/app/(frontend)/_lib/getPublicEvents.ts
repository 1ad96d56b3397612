import { cache } from 'react'
import type { Locale } from '@/i18n/locales'

import { callTicketing } from './callTicketing'
import type { PublicEvent } from './ticketingTypes'

/** Upcoming published (and sold-out) events with live seats and the server's 1-seat quote. */
export const getPublicEvents = cache(async (locale: Locale): Promise<PublicEvent[]> => {
  const { body, status } = await callTicketing<{ events: PublicEvent[] }>('/ticketing/events', { query: { locale } })
  if (status !== 200) throw new Error(`GET /api/ticketing/events answered ${status}`)
  return body.events
})
