import { createHash } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { createAccessToken } from '../../access/bearerToken'
import { expireStaleHolds } from '../../db/seats/expireStaleHolds'
import type { EventRecord } from '../../db/events/findEvents'
import { insertBooking, type NewBooking } from '../../db/bookings/insertBooking'
import { UNKNOWN_CLIENT } from '../../endpoints/http/clientIp'
import { withSavepoint } from '../../db/core/withSavepoint'
import { REFERENCE_TAKEN, uniqueReference } from '../../db/bookings/uniqueReference'
import { HOLD_LIMIT_ERRORS } from '../../db/schema/holdClients'
import { PROMO_SEATS_CHECK } from '../../db/schema/promoCodeSeats'
import { priceWithPromo } from '../promo/priceWithPromo'
import { afterCommit } from '../../db/core/afterCommit'
import { offerWaitlistSeats } from '../waitlist/offerWaitlistSeats'
import { promoInvalid } from '../promo/promoInvalid'
import type { BookingPromo } from '../promo/resolvePromoCode'
import { generateReference } from '../../domain/reference/generateReference'
import { generateTicketCode } from '../../domain/reference/generateTicketCode'
import { generateTicketSecret } from '../../domain/reference/generateTicketSecret'
import { ERROR_CODES, TicketingError } from '../../errors'
import type { BookingInput } from '../../validation/bookingInput'
import { rateLimited, type RateLimitBudget } from '../../security/rateLimit'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { loadEvent } from './loadSellableEvent'
import { emitBookingEvent } from '../hostHooks/emitBookingEvent'
import { newBookingState, seatsUnavailable } from './newBookingState'
import { queueEmail } from '../email/queueEmail'
import { quoteView } from '../events/quoteView'

type Args = {
  /** The client address (endpoints/http/clientIp), whose unpaid seats are limited across events. */
  client: string
  config: SanitizedTicketingPluginConfig
  input: BookingInput
  /** Rate-limit points the request still owes: the first hold statement spends them (db/bookings/insertBooking). */
  limits?: RateLimitBudget
  now?: Date
  /** The waiting-list entry whose offer this booking takes (its token was checked: operations/waitlist/waitlistEntryByToken). */
  offerEntryId?: null | number
  /** The promo code the visitor typed, already found (operations/promo/resolvePromoCode: promoCodeForBooking). */
  promo?: BookingPromo | null
  /** The same code read again from the database (when a hold on a remembered code failed). */
  refreshPromo?: () => Promise<BookingPromo>
  req: PayloadRequest
}

const validation = (field: string, message: string) =>
  new TicketingError(ERROR_CODES.VALIDATION, 400, message, { fields: { [field]: [message] } })

/** A client's key in the hold limits: a hash of its address, never the address. */
const holdClientKey = (client: string) => createHash('sha256').update(`hold:${client}`).digest('base64url').slice(0, 32)

const holdLimit = (which: 'client' | 'email', config: SanitizedTicketingPluginConfig) =>
  new TicketingError(
    ERROR_CODES.HOLD_LIMIT,
    409,
    which === 'client'
      ? `You already hold ${config.maxHeldSeatsPerClient} unpaid seats or close to it: finish paying or cancel a pending booking first.`
      : 'This email already holds the most unpaid seats allowed for this event: finish paying or cancel the pending booking first.',
    { limit: which },
  )
/** The code's CHECK refused the count: another booking took its last seats in between. */
const isPromoExhausted = (error: unknown) => {
  const cause = ((error as { cause?: unknown })?.cause ?? error) as { code?: string; constraint?: string }
  return cause?.code === '23514' && cause.constraint === PROMO_SEATS_CHECK
}

/** The hold-limit trigger refused the hold (db/schema/holdClients): which limit, else null. */
const holdLimitOf = (error: unknown): 'client' | 'email' | null => {
  const cause = ((error as { cause?: unknown })?.cause ?? error) as { code?: string; message?: string }
  if (cause?.code !== 'P0001') return null
  return cause.message === HOLD_LIMIT_ERRORS.client ? 'client' : cause.message === HOLD_LIMIT_ERRORS.email ? 'email' : null
}

const isReferenceClash = (error: unknown) => {
  const cause = (error as { cause?: { code?: string; constraint?: string } })?.cause
  return cause?.code === '23505' && Boolean(cause.constraint?.includes('reference'))
}

/** Prices the request against one version of the event and tries to hold the seats. */
const tryHold = async ({ client, config, input, limits, offerEntryId = null, promo = null, req }: Args, event: EventRecord, now: Date) => {
  const priced = priceWithPromo({ event, now, promo: promo?.code ?? null, quantity: input.quantity })
  if (!priced.ok) throw validation('quantity', priced.message)
  const q = priced.quote
  if (input.expectedTotal !== undefined && input.expectedTotal !== q.total) {
    throw new TicketingError(ERROR_CODES.PRICE_CHANGED, 409, 'The price has changed since you saw it. Please check the new total.', { quote: quoteView(event, q) })
  }
  const attendees = input.attendees ?? (q.quantity === 1 ? [{ email: input.buyer.email, name: input.buyer.name }] : null)
  if (!attendees) throw validation('attendees', `Give the name of each of the ${q.quantity} attendees.`)
  if (attendees.length !== q.quantity) throw validation('attendees', `List exactly ${q.quantity} attendees, one per seat.`)
  const free = q.total === 0
  const token = createAccessToken()
  const booking: Omit<NewBooking, 'reference'> = {
    accessTokenHash: token.hash,
    attendees: attendees.map((a, index) => ({ email: a.email ?? null, name: a.name, position: index + 1, qrSecret: generateTicketSecret(), ticketCode: free ? generateTicketCode() : null })),
    buyer: { email: input.buyer.email, name: input.buyer.name, phone: input.buyer.phone ?? null },
    eventId: event.id,
    eventVersion: event.updatedAt,
    expiresAt: new Date(now.getTime() + event.holdMinutes * 60_000),
    holdClient: {
      key: holdClientKey(client),
      // Visitors without a known address share one bucket, with room for all of them.
      maxSeats: config.maxHeldSeatsPerClient * (client === UNKNOWN_CLIENT ? config.rateLimits.unknownClientFactor : 1),
    },
    invoiceDetails: input.invoice ?? null,
    locale: input.locale ?? config.locales.defaultLocale,
    offerEntryId,
    promoCodeId: promo?.code.id ?? null,
    promoGuard: promo?.guard ?? null,
    promoVersion: promo?.code.version ?? null,
    quote: q,
  }
  // One statement holds the seats, counted against the hold limits by the database as the
  // booking goes in (db/bookings/insertBooking); with no transaction open it commits on its own,
  // so the event's row is locked for that statement only. Inside a caller's transaction, a
  // savepoint keeps a clash or a refusal from aborting it. A refused hold spent no rate-limit
  // point in its statement: the caller's budget spends them on the way out.
  const outer = Boolean(req.transactionID)
  const held = await uniqueReference(
    () => generateReference({ now, prefix: config.referencePrefix }),
    async (reference) => {
      const attempt = async () => {
        const inserted = await insertBooking(req, { ...booking, reference }, limits?.owed())
        limits?.spent()
        if (inserted && 'rateLimitedForMs' in inserted) return { refused: inserted }
        return inserted ? { accessToken: token.token, booking, inserted, q, reference } : null
      }
      try {
        return await (outer ? withSavepoint(req, attempt) : attempt())
      } catch (error) {
        if (isReferenceClash(error)) return REFERENCE_TAKEN
        if (isPromoExhausted(error)) throw promoInvalid('EXHAUSTED')
        const limit = holdLimitOf(error)
        if (limit) return { refused: { holdLimited: limit } }
        throw error
      }
    },
  )
  if (held && 'refused' in held && held.refused) {
    if ('rateLimitedForMs' in held.refused) throw rateLimited(held.refused.rateLimitedForMs)
    throw holdLimit(held.refused.holdLimited, config)
  }
  return held
}

/** The refusals that a remembered promo code may have caused (it changed since), answered only after reading it again. */
const REFRESH_ON: string[] = [ERROR_CODES.PROMO_INVALID, ERROR_CODES.PRICE_CHANGED, ERROR_CODES.SOLD_OUT, ERROR_CODES.INSUFFICIENT_SEATS, ERROR_CODES.WAITLIST_OFFER_INVALID]

/**
 * Creates a booking: prices it with the one pricing function, checks the price the visitor
 * saw, then holds the seats and writes the booking and attendees atomically
 * (db/bookings/insertBooking). If the hold fails, the event is read again: edited since → priced and
 * tried again on the new version; full → holds whose time is up are released (the expiry job
 * may be late) and it is tried once more. A free booking is confirmed at once. A booking priced
 * from a promo code remembered by this process (promoCodeForBooking) that fails is tried once
 * more with the code read again, when the code changed meanwhile.
 */
export const createBooking = async (args: Args) => {
  if (!args.promo?.fromCache || !args.refreshPromo) return holdAndWrite(args)
  try {
    return await holdAndWrite(args)
  } catch (error) {
    // Priced from a remembered code: the code may have changed since (edited, seats given back
    // or taken). Read it again; if it changed, the booking is priced and tried again with it.
    const code = error instanceof TicketingError ? error.code : null
    if (!code || !REFRESH_ON.includes(code)) throw error
    const fresh = await args.refreshPromo()
    if (fresh.code.version === args.promo.code.version && fresh.code.seatsUsed === args.promo.code.seatsUsed) throw error
    return holdAndWrite({ ...args, promo: fresh })
  }
}

const holdAndWrite = async (args: Args) => {
  const { input, now = new Date(), req } = args
  const options = { locale: input.locale, mustSell: true, now }
  let event = await loadEvent(req, input.eventId, { ...options, cache: 'use' })
  let held = await tryHold(args, event, now)
  if (!held) {
    const fresh = await loadEvent(req, event.id, { ...options, cache: 'fresh' })
    if (fresh.updatedAt !== event.updatedAt) held = await tryHold(args, (event = fresh), now)
  }
  if (!held && args.offerEntryId) {
    throw new TicketingError(ERROR_CODES.WAITLIST_OFFER_INVALID, 409, 'This offer is no longer valid (booked, declined, ended, or for fewer seats).')
  }
  if (!held) {
    const expired = await expireStaleHolds(req, event.id)
    for (const id of expired) await emitBookingEvent(req, 'afterBookingExpired', id, {})
    if (expired.length) held = await tryHold(args, event, now)
  }
  if (!held) throw seatsUnavailable((await loadEvent(req, event.id, { mustSell: false, now })).seatsAvailable)
  const { booking, inserted, q, reference } = held
  // Seats of the offer this booking did not take go to the next entry.
  if (args.offerEntryId) {
    await afterCommit(req, () =>
      offerWaitlistSeats({ config: args.config, eventId: event.id, req }).then(
        () => undefined,
        (error) => req.payload.logger.error({ err: error, eventId: event.id, msg: 'Waiting list: offering the seats left by an offer failed; the offer job will retry' }),
      ),
    )
  }
  // A free booking is confirmed now: its confirmation email is queued in the same transaction.
  if (q.total === 0) {
    await queueEmail(req, { bookingId: Number(inserted.id), kind: 'confirmation' })
    await emitBookingEvent(req, 'afterBookingConfirmed', Number(inserted.id), {})
  }
  return {
    accessToken: held.accessToken,
    booking: {
      ...newBookingState(q),
      id: inserted.id,
      createdAt: inserted.createdAt,
      eventId: event.id,
      expiresAt: q.total === 0 ? null : booking.expiresAt.toISOString(),
      reference,
    },
  }
}
