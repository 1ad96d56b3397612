import type { TicketingBooking, TicketingHooks } from '@masterclass/plugin-ticketing'
import type { PayloadRequest } from 'payload'

export type BookingHookCall = { amount?: number; booking: TicketingBooking; disputeId?: string; hook: keyof TicketingHooks; outcome?: string; transactionOpen: boolean }

/** Every call the plugin made to the test hooks, in order (tests filter by their own booking). */
export const bookingHookCalls: BookingHookCall[] = []

/** Hook names that throw after recording their call (a broken host hook). */
export const throwingHooks = new Set<keyof TicketingHooks>()

const record =
  (hook: keyof TicketingHooks) =>
  async ({ booking, req, ...extra }: { booking: TicketingBooking; req: PayloadRequest } & Record<string, unknown>) => {
    // Whether the request's transaction was still open when the hook ran (it must not be).
    const id = await req.transactionID
    const transactionOpen = Boolean(id && (req.payload.db as unknown as { sessions?: Record<string, unknown> }).sessions?.[String(id)])
    bookingHookCalls.push({ ...extra, booking, hook, transactionOpen })
    if (throwingHooks.has(hook)) throw new Error(`${hook} failed on purpose`)
  }

/** The hooks the integration tests install (plugin option `hooks`): each records its calls. */
export const recordingHooks: TicketingHooks = {
  afterBookingCancelled: record('afterBookingCancelled'),
  afterBookingConfirmed: record('afterBookingConfirmed'),
  afterBookingDisputed: record('afterBookingDisputed'),
  afterBookingExpired: record('afterBookingExpired'),
  afterBookingRefunded: record('afterBookingRefunded'),
}
