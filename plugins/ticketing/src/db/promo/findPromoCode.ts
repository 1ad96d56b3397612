import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { PromoCodeRecord } from '../../domain/promo/types'
import { query } from '../core/query'

type Row = {
  /** Until when (ms since the epoch) the guard refuses this client, when it has no point left; null otherwise. */
  refused_until: null | number | string
  active: boolean | null
  amount_per_seat: null | number | string
  code: string
  combines_with_early_bird: boolean | null
  currency: null | string
  event_ids: (number | string)[] | null
  id: null | number | string
  kind: string
  max_seats: null | number | string
  percent: null | number | string
  seats_used: number | string
  updated_at: Date | string
  valid_from: Date | null | string
  valid_until: Date | null | string
}

const iso = (value: Date | null | string) => (value === null ? null : new Date(value).toISOString())
const num = (value: null | number | string) => (value === null ? null : Number(value))

/** A client's guard against guessing codes: its rate-limit row key and how many points it has. */
export type GuessGuard = { key: string; maxPoints: number }

/** A stored code with its version (`updated_at`): a hold priced from it checks that it is still that version. */
export type StoredPromoCode = PromoCodeRecord & { version: string }

export type FoundPromoCode = { found: null | StoredPromoCode; refusedForMs: null | number }

/**
 * A code by its normalised text (upper-case), with the events it is limited to and its seats
 * used (null when unknown), and in the same round trip whether the client's guard has any point
 * left (the guard's row as rate-limiter-flexible keeps it: spent points and the window's end in
 * ms). Nothing is spent by looking.
 */
export const findPromoCode = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, code: string, guard: GuessGuard): Promise<FoundPromoCode> => {
  const nowMs = Date.now()
  const [row] = await query<Row>(
    req,
    sql`SELECT (SELECT rl.expire FROM ticketing_rate_limits rl WHERE rl.key = ${guard.key} AND rl.points >= ${guard.maxPoints} AND rl.expire > ${nowMs}) AS refused_until,
          p.id, p.code, p.kind, p.percent, p.amount_per_seat, p.currency, p.valid_from, p.valid_until, p.max_seats,
          p.combines_with_early_bird, p.active, p.seats_used, p.updated_at,
          (SELECT array_agg(r.city_events_id) FROM promo_codes_rels r WHERE r.parent_id = p.id AND r.path = 'events' AND r.city_events_id IS NOT NULL) AS event_ids
        FROM (SELECT 1) AS one LEFT JOIN promo_codes p ON p.code = ${code}
        LIMIT 1`,
  )
  const refusedForMs = row?.refused_until === null || row?.refused_until === undefined ? null : Number(row.refused_until) - nowMs
  if (!row || row.id === null) return { found: null, refusedForMs }
  const shared = { code: row.code.toUpperCase(), combinesWithEarlyBird: Boolean(row.combines_with_early_bird) }
  return {
    found: {
      active: Boolean(row.active),
      eventIds: (row.event_ids ?? []).map(Number),
      id: Number(row.id),
      maxSeats: num(row.max_seats),
      rule:
        row.kind === 'FIXED_PER_SEAT'
          ? { ...shared, amountPerSeat: Number(row.amount_per_seat ?? 0), currency: String(row.currency ?? ''), kind: 'FIXED_PER_SEAT' }
          : { ...shared, kind: 'PERCENT', percent: Number(row.percent ?? 0) },
      seatsUsed: Number(row.seats_used),
      validFrom: iso(row.valid_from),
      validUntil: iso(row.valid_until),
      version: new Date(row.updated_at).toISOString(),
    },
    refusedForMs,
  }
}
