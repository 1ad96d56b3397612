import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { Quote } from '../../domain/pricing/types'
import type { OwedLimits } from '../../security/rateLimit'
import type { InvoiceDetails } from '../../validation/invoiceDetailsInput'
import type { GuessGuard } from '../promo/findPromoCode'
import { preparedStatement } from '../core/preparedStatement'
import { publicAvailable } from '../seats/publicAvailable'
import { soldOutStatus } from '../seats/soldOutStatus'
import { HOLD_MAX_SEATS_SETTING } from '../schema/holdClients'
import { takeSeatsStatement } from '../seats/takeSeatsStatement'
import { rateLimitCtes } from '../core/rateLimitCtes'

export type NewBooking = {
  accessTokenHash: string
  attendees: { email: null | string; name: string; position: number; qrSecret: string; ticketCode: null | string }[]
  buyer: { email: string; name: string; phone: null | string }
  eventId: number
  /** The event version (its updated_at) the price was computed from. */
  eventVersion: string
  expiresAt: Date
  /** Who the invoice is made out to (validation/invoiceDetailsInput); null: the buyer. */
  invoiceDetails?: InvoiceDetails | null
  locale: string
  /** The waiting-list entry whose offered seats this booking turns into a hold, if any. */
  offerEntryId?: null | number
  /** The stored code whose seats this booking counts (its id), if a code applies. */
  promoCodeId?: null | number
  /** The code's version the price was computed from (its updated_at): the seats are taken only while it is still that version. */
  promoVersion?: null | string
  /** The client's guard against guessing codes (operations/promo/resolvePromoCode): no hold while it has no point left. */
  promoGuard?: GuessGuard | null
  quote: Quote
  reference: string
  /** Who holds the seats (a hash of the client address) and how many unpaid seats that client may hold in all. */
  holdClient: { key: string; maxSeats: number }
}

export type InsertedBooking = { createdAt: string; id: number; seatsAvailable: number }
/** A limit said no: nothing was written, retry after this long. */
export type RateLimitedHold = { rateLimitedForMs: number }
/** The client, or the buyer's email on this event, already holds as many unpaid seats as allowed: nothing was written. */


const p = (name: keyof HoldValues) => sql`${sql.placeholder(name)}`

type HoldValues = {
  accessTokenHash: string
  attendees: string
  buyerEmail: string
  buyerName: string
  buyerPhone: null | string
  currency: string
  discount: number
  eventId: number
  expiresAt: string
  guardKey: null | string
  guardMaxPoints: number
  holdClient: string
  holdMaxSeats: number
  invoiceDetails: null | string
  limitKeys: string[]
  limitMaxPoints: number[]
  limitWindowsMs: number[]
  locale: string
  nowMs: number
  offerEntryId: null | number
  promoCode: null | string
  promoCodeId: null | number
  promoDiscount: number
  promoVersion: null | string
  quantity: number
  reference: string
  subtotal: number
  ticketType: string
  total: number
  unitPrice: number
  version: string
}

/**
 * What stops a hold besides the seats: a rate limit just refused (`refused`), or the client's
 * guard against guessing promo codes with no point left (read, not spent). Either answers 429.
 */
const blocked = sql`blocked AS (
          SELECT expire FROM refused
          UNION ALL
          SELECT rl.expire FROM ticketing_rate_limits rl
          WHERE rl.key = ${p('guardKey')}::text AND rl.points >= ${p('guardMaxPoints')}::int AND rl.expire > ${p('nowMs')}::bigint
        )`

/**
 * Whether this hold may go ahead besides the seats: nothing blocks it, and the promo code, if
 * any, is still the version the price was computed from (a code edited since is priced again).
 */
const mayHold = sql`NOT EXISTS (SELECT 1 FROM blocked) AND (${p('promoVersion')}::timestamptz IS NULL OR EXISTS (
          SELECT 1 FROM promo_codes pc WHERE pc.id = ${p('promoCodeId')}::int AND pc.updated_at = ${p('promoVersion')}::timestamptz))`

/**
 * The hold, as one statement: first the request's rate-limit points (rate-limiter-flexible's
 * upsert on `ticketing_rate_limits`, same rows and rules), then the seat-taking statement
 * (db/seats/takeSeatsStatement), which takes the seats only while enough are left, the event is
 * still the version the price was computed from (an edit in between makes it fail, never
 * charge an old price) AND no limit refused (nor the client's guard against guessing promo codes)
 * AND the promo code, if any, is still the version priced; the booking and attendees are inserted only if it
 * did. As the booking row goes in, the hold-limit trigger (db/schema/holdClients) counts the
 * client's unpaid seats across events and the buyer email's on this event, under their locks
 * and with every hold committed before it, and fails the whole statement when one is over (the
 * caller answers HOLD_LIMIT); the event's row stays locked only for this one statement, which
 * commits on its own when no transaction is open. A free booking takes its
 * seats as confirmed at once (it holds nothing unpaid). With a promo code, its seats are counted
 * in the same statement once the event's seats are taken; the code's CHECK
 * (db/schema/promoCodeSeats) fails the whole statement when that would pass its `max_seats`,
 * so no interleaving discounts more seats than the code allows (the caller answers EXHAUSTED).
 */
const holdStatement = (free: boolean, offer = false) =>
  preparedStatement<HoldValues>(`ticketing_hold${offer ? '_offer' : ''}${free ? '_free' : ''}`, () => sql`WITH ${rateLimitCtes}, ${blocked}, ${offer ? offerSeats(free) : sql`seats AS (
          ${takeSeatsStatement({
            as: free ? 'confirmed' : 'held',
            eventId: p('eventId'),
            onlyIf: mayHold,
            quantity: p('quantity'),
            version: p('version'),
          })}
        )`}, promo AS (
          UPDATE promo_codes SET seats_used = seats_used + ${p('quantity')}
          WHERE id = ${p('promoCodeId')}::int AND EXISTS (SELECT 1 FROM seats)
        ), booking AS (
          INSERT INTO bookings (reference, city_event_id, status, payment_status, ticket_type, quantity, currency,
            unit_price, subtotal, discount, total, amount_refunded, buyer_name, buyer_email, buyer_phone, locale,
            expires_at, confirmed_at, access_token_hash, hold_client, invoice_details, promo_code, promo_discount, promo_code_id)
          SELECT ${p('reference')}, seats.id,
            ${free ? 'CONFIRMED' : 'PENDING'}::enum_bookings_status, ${free ? 'PAID' : 'PENDING'}::enum_bookings_payment_status,
            ${p('ticketType')}::enum_bookings_ticket_type, ${p('quantity')}, ${p('currency')}, ${p('unitPrice')}, ${p('subtotal')},
            ${p('discount')}, ${p('total')}, 0, ${p('buyerName')}, ${p('buyerEmail')}, ${p('buyerPhone')},
            ${p('locale')}::enum_bookings_locale, ${p('expiresAt')}::timestamptz,
            ${free ? sql`now()` : sql`NULL`}, ${p('accessTokenHash')}, ${free ? sql`NULL` : p('holdClient')}, ${p('invoiceDetails')}::jsonb,
            ${p('promoCode')}, ${p('promoDiscount')}, ${p('promoCodeId')}::int
          -- The client's limit, read by the hold-limit trigger as the row is inserted (db/schema/holdClients).
          FROM seats, set_config('${sql.raw(HOLD_MAX_SEATS_SETTING)}', ${p('holdMaxSeats')}::text, true) AS hold_limit
          RETURNING id, created_at
        ), attendees AS (
          INSERT INTO attendees (booking_id, city_event_id, name, email, position, ticket_code, qr_secret)
          SELECT booking.id, seats.id, a.name, a.email, a.position, a.ticket_code, a.qr_secret
          FROM booking, seats, jsonb_to_recordset(${p('attendees')}::jsonb) AS a(name text, email text, position int, ticket_code text, qr_secret text)
        )
        SELECT (SELECT max(expire) FROM blocked) AS refused_until, booking.id, booking.created_at, seats.seats_available
        FROM (SELECT 1) AS one LEFT JOIN (booking CROSS JOIN seats) ON true`)


/**
 * A booking from a waiting-list offer: the entry (still OFFERED, for this event, at least this
 * many seats, offer not ended, limits not refused, event not edited since) becomes BOOKED, and in
 * the same statement the event turns this many of its offered seats into held (or confirmed)
 * seats and frees the rest of the offer for the next entry; no seat is free in between.
 */
const offerSeats = (free: boolean) => sql`entry AS (
          UPDATE waitlist_entries SET status = 'BOOKED', booking_reference = ${p('reference')}, updated_at = now()
          WHERE id = ${p('offerEntryId')}::int AND status = 'OFFERED' AND city_event_id = ${p('eventId')}
            AND offered_quantity >= ${p('quantity')} AND offer_expires_at > now() AND ${mayHold}
            AND EXISTS (SELECT 1 FROM city_events WHERE id = ${p('eventId')} AND updated_at = ${p('version')}::timestamptz AND status <> 'CANCELLED')
          RETURNING offered_quantity
        ), seats AS (
          UPDATE city_events SET seats_offered = seats_offered - (SELECT offered_quantity FROM entry),
            ${free ? sql`seats_confirmed = seats_confirmed + ${p('quantity')}` : sql`seats_held = seats_held + ${p('quantity')}`},
            status = ${soldOutStatus(sql`${p('quantity')}::int - (SELECT offered_quantity FROM entry)`)}
          WHERE id = ${p('eventId')} AND EXISTS (SELECT 1 FROM entry)
          RETURNING id, ${publicAvailable()} AS seats_available
        )`

const holds = { free: holdStatement(true), offer: holdStatement(false, true), offerFree: holdStatement(true, true), paid: holdStatement(false) }
const NO_LIMITS: OwedLimits = { keys: [], maxPoints: [], windowsMs: [] }

/**
 * Spends the request's rate-limit points, holds the seats and writes the booking and its
 * attendees in ONE prepared statement (one round trip, one commit; see holdStatement).
 * Returns the booking, null when the seats could not be taken (full, cancelled or edited
 * since), or how long to wait when a rate limit refused.
 */
export const insertBooking = async (
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  booking: NewBooking,
  limits: OwedLimits = NO_LIMITS,
): Promise<InsertedBooking | null | RateLimitedHold> => {
  const { quote: q } = booking
  const nowMs = Date.now()
  const offer = Boolean(booking.offerEntryId)
  const [row] = await holds[offer ? (q.total === 0 ? 'offerFree' : 'offer') : q.total === 0 ? 'free' : 'paid'].run<{
    created_at: Date | null
    id: null | number
    refused_until: null | number | string
    seats_available: null | number
  }>(req, {
    accessTokenHash: booking.accessTokenHash,
    attendees: JSON.stringify(booking.attendees.map((a) => ({ email: a.email, name: a.name, position: a.position, qr_secret: a.qrSecret, ticket_code: a.ticketCode }))),
    buyerEmail: booking.buyer.email,
    buyerName: booking.buyer.name,
    buyerPhone: booking.buyer.phone,
    currency: q.currency,
    discount: q.discount,
    eventId: booking.eventId,
    expiresAt: booking.expiresAt.toISOString(),
    guardKey: booking.promoGuard?.key ?? null,
    guardMaxPoints: booking.promoGuard?.maxPoints ?? 0,
    holdClient: booking.holdClient.key,
    holdMaxSeats: booking.holdClient.maxSeats,
    invoiceDetails: booking.invoiceDetails ? JSON.stringify(booking.invoiceDetails) : null,
    limitKeys: limits.keys,
    limitMaxPoints: limits.maxPoints,
    limitWindowsMs: limits.windowsMs,
    locale: booking.locale,
    nowMs,
    offerEntryId: booking.offerEntryId ?? null,
    promoCode: q.promoCode,
    promoCodeId: q.promoCode ? (booking.promoCodeId ?? null) : null,
    promoDiscount: q.promoDiscount,
    promoVersion: q.promoCode ? (booking.promoVersion ?? null) : null,
    quantity: q.quantity,
    reference: booking.reference,
    subtotal: q.subtotal,
    ticketType: q.ticketType,
    total: q.total,
    unitPrice: q.unitPrice,
    version: booking.eventVersion,
  })
  // Rate limits first (a refused request inserts nothing, so the hold limits are not asked).
  if (row?.refused_until !== null && row?.refused_until !== undefined) return { rateLimitedForMs: Number(row.refused_until) - nowMs }
  if (!row || row.id === null) return null
  return { createdAt: new Date(row.created_at as Date).toISOString(), id: Number(row.id), seatsAvailable: Number(row.seats_available) }
}
