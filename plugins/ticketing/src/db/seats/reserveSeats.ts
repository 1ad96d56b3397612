import type { PayloadRequest } from 'payload'

import { expireStaleHolds } from './expireStaleHolds'
import { takeSeats } from './seats'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/**
 * Takes seats for a new booking. When the event looks full, holds whose time is already up
 * are expired first (the expiry job may be late) and the take is tried once more, so an
 * expired hold never blocks a new booking. `expired`: the bookings it ended on the way (the
 * caller tells the host about them).
 */
export const reserveSeats = async (req: Req, eventId: number | string, quantity: number, as: 'confirmed' | 'held') => {
  const first = await takeSeats(req, eventId, quantity, as)
  if (first.ok) return { ...first, expired: [] as number[] }
  const expired = await expireStaleHolds(req, eventId)
  return { ...(expired.length ? await takeSeats(req, eventId, quantity, as) : first), expired }
}
