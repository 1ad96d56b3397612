import type { PayloadRequest } from 'payload'

import { afterCommit } from '../../db/core/afterCommit'
import { findBookingById } from '../../db/bookings/findBookingById'
import type { BookingHookArgs, TicketingHooks } from '../../types'
import { hostHooks } from './hostHooks'

type HookName = keyof TicketingHooks
type Extra<K extends HookName> = Omit<Parameters<NonNullable<TicketingHooks[K]>>[0], keyof BookingHookArgs>

/**
 * Tells the host's hook (plugin option `hooks`) that a booking changed, once the change is
 * committed: the booking is read again after the commit, so the hook sees what was committed.
 * Nothing runs if the transaction rolls back; a hook that throws is logged and never reaches
 * the booking flow.
 */
export const emitBookingEvent = async <K extends HookName>(req: PayloadRequest, name: K, bookingId: number, extra: Extra<K>): Promise<void> => {
  const hook = hostHooks(req)[name] as ((args: BookingHookArgs & Extra<K>) => Promise<void> | void) | undefined
  if (!hook) return
  await afterCommit(req, async () => {
    try {
      const found = await findBookingById({ payload: req.payload, transactionID: undefined }, bookingId)
      if (!found) return
      const { accessTokenHash: _hash, ...booking } = found
      await hook({ ...extra, booking, req })
    } catch (error) {
      req.payload.logger.error({ bookingId, err: error instanceof Error ? error.message : String(error), hook: name }, 'ticketing: a host hook failed (the booking is not affected)')
    }
  })
}
