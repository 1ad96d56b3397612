import type { CollectionAfterReadHook } from 'payload'

import { waitlistPosition } from '../../../db/waitlist/waitlistPosition'

/** Fills the live `position` of a waiting entry (null once it is offered, booked or gone). */
export const readWaitlistPosition: CollectionAfterReadHook = async ({ doc, req }) => {
  if (!doc?.id) return doc
  return { ...doc, position: doc.status === 'WAITING' ? await waitlistPosition(req, doc.id) : null }
}
