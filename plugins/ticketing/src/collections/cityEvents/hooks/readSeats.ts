import type { CollectionAfterReadHook } from 'payload'

import { readEventSeats } from '../../../db/seats/readEventSeats'

/** Fills the read-only seat figures from the live counters (never from a cache). */
export const readSeats: CollectionAfterReadHook = async ({ doc, req }) => {
  if (!doc?.id) return doc
  const seats = await readEventSeats(req, doc.id)
  return seats ? { ...doc, ...seats } : doc
}
