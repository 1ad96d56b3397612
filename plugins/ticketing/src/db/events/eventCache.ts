import type { PayloadRequest } from 'payload'

import { processMemory } from '../core/processMemory'
import { type EventRecord, findEvent } from './findEvents'
import { readEventState } from './readEventState'

const remembered = processMemory<EventRecord>(5_000)

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
  const key = `${locales.locale}:${idOrSlug}`
  const hit = fresh ? undefined : remembered.get(req.payload, key)
  if (hit) return hit
  const record = await findEvent(req, idOrSlug, locales)
  remembered.set(req.payload, key, record)
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
  const hit = remembered.get(req.payload, `${locales.locale}:${idOrSlug}`)
  if (hit) {
    const state = await readEventState(req, hit.id)
    if (state && state.updatedAt === hit.updatedAt) return { ...hit, ...state }
  }
  return findEventCached(req, idOrSlug, locales, { fresh: true })
}
