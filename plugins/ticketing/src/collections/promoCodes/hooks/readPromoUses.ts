import type { CollectionAfterReadHook } from 'payload'

import { readPromoSeatsUsed } from '../../../db/promo/readPromoSeatsUsed'

/** Fills the read-only `seatsUsed` from the live counter (never from a cache). */
export const readPromoUses: CollectionAfterReadHook = async ({ doc, req }) => {
  if (!doc?.id) return doc
  return { ...doc, seatsUsed: await readPromoSeatsUsed(req, doc.id) }
}
