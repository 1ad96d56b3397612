import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import { ERROR_CODES, TicketingError } from '../errors'
import type { RateLimitRule } from '../types'

export const RATE_LIMIT_TABLE = 'ticketing_rate_limits'

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

/**
 * Spends one point of `rule` for `key` in PostgreSQL (atomic upsert, shared by every app
 * process). Over the limit → 429 RATE_LIMITED with Retry-After.
 */
export const consumeRateLimit = async (payload: Payload, name: string, key: string, rule: RateLimitRule): Promise<void> => {
  try {
    await limiterFor(payload, name, rule).consume(hashKey(key))
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error
    const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000))
    throw new TicketingError(
      ERROR_CODES.RATE_LIMITED,
      429,
      `Too many attempts. Please try again in ${retryAfter} seconds.`,
      { retryAfterSeconds: retryAfter },
      { 'Retry-After': String(retryAfter) },
    )
  }
}
