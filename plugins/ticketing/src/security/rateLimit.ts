import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import { ERROR_CODES, TicketingError } from '../errors'
import type { RateLimitRule } from '../types'

export const RATE_LIMIT_TABLE = 'ticketing_rate_limits'

/** The name of the per-buyer-email booking limit, as operations/bookings/bookSeats spends it (its keys are hashes of the address). */
export const BOOKING_EMAIL_LIMIT = 'booking-email'

const limiters = new WeakMap<Payload, Map<string, RateLimiterPostgres>>()

const limiterFor = (payload: Payload, name: string, rule: RateLimitRule): RateLimiterPostgres => {
  let byName = limiters.get(payload)
  if (!byName) limiters.set(payload, (byName = new Map()))
  const id = `${name}:${rule.points}:${rule.durationSeconds}`
  let limiter = byName.get(id)
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      duration: rule.durationSeconds,
      keyPrefix: name,
      points: rule.points,
      storeClient: (payload.db as unknown as { pool: unknown }).pool,
      storeType: 'pool',
      tableCreated: true,
      tableName: RATE_LIMIT_TABLE,
    })
    byName.set(id, limiter)
  }
  return limiter
}

/** Keys never hold personal data in clear: emails and addresses are hashed. */
const hashKey = (key: string) => createHash('sha256').update(key.toLowerCase()).digest('base64url').slice(0, 32)

/** The row key of `key` under the limit `name`, as rate-limiter-flexible writes it (`prefix:key`). */
export const rateLimitKey = (name: string, key: string) => `${name}:${hashKey(key)}`

/** 429 RATE_LIMITED, retry after the window ends. */
export const rateLimited = (msBeforeNext: number) => {
  const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000))
  return new TicketingError(
    ERROR_CODES.RATE_LIMITED,
    429,
    `Too many attempts. Please try again in ${retryAfter} seconds.`,
    { retryAfterSeconds: retryAfter },
    { 'Retry-After': String(retryAfter) },
  )
}

/**
 * Spends one point of `rule` for `key` in PostgreSQL (atomic upsert, shared by every app
 * process). Over the limit → 429 RATE_LIMITED with Retry-After.
 */
export const consumeRateLimit = async (payload: Payload, name: string, key: string, rule: RateLimitRule): Promise<void> => {
  try {
    await limiterFor(payload, name, rule).consume(hashKey(key))
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error
    throw rateLimited(error.msBeforeNext)
  }
}

/** Gives back one point of `rule` for `key` (e.g. a login that turned out right counts as no attempt). */
export const rewardRateLimit = async (payload: Payload, name: string, key: string, rule: RateLimitRule): Promise<void> => {
  await limiterFor(payload, name, rule).reward(hashKey(key))
}

/** Rate-limit points a request owes, as the hold statement writes them (db/bookings/insertBooking): row keys, their maximum, their window. */
export type OwedLimits = { keys: string[]; maxPoints: number[]; windowsMs: number[] }

/** One point to spend on one limit. */
export type PendingLimit = { key: string; name: string; rule: RateLimitRule }

/**
 * The points a booking request owes (per address, per email). The hold statement spends them
 * in the same round trip as the seats (db/bookings/insertBooking: the seats are taken only while every
 * limit allows it); a request that ends before that statement ran (bad body, unknown event,
 * captcha refused, replayed answer) spends them on its way out (`settle`). Either way each
 * request spends each point once.
 */
export class RateLimitBudget {
  private pending: PendingLimit[] = []

  add(limit: PendingLimit) {
    this.pending.push(limit)
  }

  /** The points still owed, as the hold statement writes them; it calls `spent` once it ran. */
  owed(): OwedLimits {
    return {
      keys: this.pending.map((l) => rateLimitKey(l.name, l.key)),
      maxPoints: this.pending.map((l) => l.rule.points),
      windowsMs: this.pending.map((l) => l.rule.durationSeconds * 1000),
    }
  }

  spent() {
    this.pending = []
  }

  /** Spends what is still owed through rate-limiter-flexible; 429 when a limit is exceeded. */
  async settle(payload: Payload) {
    const owed = this.pending
    this.pending = []
    for (const limit of owed) await consumeRateLimit(payload, limit.name, limit.key, limit.rule)
  }
}
