import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { SYSTEM_WRITE } from '../../../constants'
import type { CityEventDoc } from '../../../docTypes'
import { reserveSeats } from '../../../db/seats/reserveSeats'
import { referenceTaken } from '../../../db/bookings/referenceTaken'
import { REFERENCE_TAKEN, uniqueReference } from '../../../db/bookings/uniqueReference'
import { quote } from '../../../domain/pricing/quote'
import { SELLING_STATUSES } from '../../../domain/salesState'
import { generateReference } from '../../../domain/reference/generateReference'
import { ERROR_CODES, TicketingError } from '../../../errors'
import { emitBookingEvent } from '../../../operations/hostHooks/emitBookingEvent'
import { newBookingState, seatsUnavailable } from '../../../operations/bookings/newBookingState'
import type { SanitizedTicketingPluginConfig } from '../../../types'

const relationId = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : value) as number

/**
 * On create (admin, REST or Local API), the server prices the booking with the one pricing
 * function, gives it a reference, and takes its seats in the same transaction. Whatever
 * prices or statuses the caller sent are replaced. The booking engine's own inserts are
 * already priced and skip this hook.
 */
export const priceNewBooking =
  (config: SanitizedTicketingPluginConfig): CollectionBeforeChangeHook =>
  async ({ context, data, operation, req }) => {
    if (operation !== 'create' || context[SYSTEM_WRITE]) return data
    const slug = config.slugs.bookings
    const eventId = relationId(data.cityEvent)
    const event = (eventId
      ? await req.payload.findByID({ id: eventId, collection: config.slugs.cityEvents, depth: 0, disableErrors: true, req })
      : null) as CityEventDoc | null
    if (!event) throw new ValidationError({ collection: slug, errors: [{ message: 'Choose an existing event.', path: 'cityEvent' }], req })
    // Staff may book outside the sales window, never an event that is not on sale at all.
    if (!(SELLING_STATUSES as readonly string[]).includes(event.status as string)) {
      throw new TicketingError(ERROR_CODES.SALES_CLOSED, 409, `This event is ${String(event.status).toLowerCase()}: it does not sell seats.`)
    }
    const now = new Date()
    const priced = quote({ event, now, quantity: data.quantity })
    if (!priced.ok) throw new ValidationError({ collection: slug, errors: [{ message: priced.message, path: 'quantity' }], req })
    const { quote: q } = priced
    const free = q.total === 0
    const seats = await reserveSeats(req, eventId, q.quantity, free ? 'confirmed' : 'held')
    // Holds ended on the way (the expiry job was late) are told to the host after the commit.
    for (const id of seats.expired) await emitBookingEvent(req, 'afterBookingExpired', id, {})
    if (!seats.ok) throw seatsUnavailable(seats.seatsAvailable)
    const reference = await uniqueReference(
      () => generateReference({ now, prefix: config.referencePrefix }),
      async (candidate) => ((await referenceTaken(req, candidate)) ? REFERENCE_TAKEN : candidate),
    )
    return {
      ...data,
      ...newBookingState(q),
      amountRefunded: 0,
      cancelledAt: null,
      confirmedAt: free ? now.toISOString() : null,
      expiresAt: new Date(now.getTime() + Number(event.holdMinutes ?? config.holdMinutes) * 60_000).toISOString(),
      paymentIntentId: null,
      reference,
    }
  }
