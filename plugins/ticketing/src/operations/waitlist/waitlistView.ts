import type { PayloadRequest } from 'payload'

import type { WaitlistEntry } from '../../db/waitlist/findWaitlistEntry'
import { waitlistPosition } from '../../db/waitlist/waitlistPosition'

/**
 * What the holder of an entry's token sees (`GET /waitlist/:token`): its status, its place while
 * it waits, the quantity, and the offer while one stands; the name and email it joined with
 * (the booking form fills them in from an offer link).
 */
export const waitlistView = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, entry: WaitlistEntry) => ({
  email: entry.email,
  eventId: entry.eventId,
  name: entry.name,
  ...(entry.status === 'OFFERED' && entry.offeredQuantity && entry.offerExpiresAt
    ? { offer: { expiresAt: entry.offerExpiresAt, quantity: entry.offeredQuantity } }
    : {}),
  position: entry.status === 'WAITING' ? await waitlistPosition(req, entry.id) : null,
  quantity: entry.quantity,
  status: entry.status,
})
