import type { Payload, PayloadRequest } from 'payload'

import { type EventRecord, findEvent } from './findEvents'
import { readEventState } from './readEventState'

const TTL_MS = 5_000
type Entry = { at: number; record: EventRecord }
const caches = new WeakMap<Payload, Map<string, Entry>>()

const cacheOf = (payload: Payload) => {
  let cache = caches.get(payload)
  if (!cache) caches.set(payload, (cache = new Map()))
  return cache
}

/**
 * An event's prices and rules for the booking hot path, remembered for 5 seconds. Safe
 * because the booking insert only succeeds while the event row still has the same
 * `updatedAt` (db/bookings/insertBooking.ts): an edit in between is detected, never charged.
 * Availability is never taken from here.
 */
export const findEventCached = async (
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  idOrSlug: number | string,
  locales: { fallbackLocale: string; locale: string },
  { fresh = false } = {},
): Promise<EventRecord | null> => {
  const cache = cacheOf(req.payload)
  const key = `${locales.locale}:${idOrSlug}`
  const hit = cache.get(key)
  if (!fresh && hit && Date.now() - hit.at < TTL_MS) return hit.record
  const record = await findEvent(req, idOrSlug, locales)
  if (record) cache.set(key, { at: Date.now(), record })
  else cache.delete(key)
  if (cache.size > 1000) cache.clear()
  return record
}

/**
 * An event with live seats and status for the public quote: the remembered copy (above) is
 * used only while its version is still the event's (one small statement reads the version,
 * seats and status); an edit, a miss or an expired copy reads the event afresh. So the price
 * is always computed from the current event, and "only 2 left" is never stale.
 */
export const findEventLive = async (
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  idOrSlug: number | string,
  locales: { fallbackLocale: string; locale: string },
): Promise<EventRecord | null> => {
  const hit = cacheOf(req.payload).get(`${locales.locale}:${idOrSlug}`)
  if (hit && Date.now() - hit.at < TTL_MS) {
    const state = await readEventState(req, hit.record.id)
    if (state && state.updatedAt === hit.record.updatedAt) return { ...hit.record, ...state }
  }
  return findEventCached(req, idOrSlug, locales, { fresh: true })
}
