import { bigint, char, index, integer, text, timestamp, varchar } from '@payloadcms/db-postgres/drizzle/pg-core'

import { tableBuilder } from './tableBuilder'
import type { SchemaHook } from './types'

/**
 * The plugin's request guards, shared by every app process:
 * - `ticketing_rate_limits`: rate-limiter-flexible's PostgreSQL layout (keys are hashes);
 * - `ticketing_idempotency_keys`: booking creation responses replayed for 24 h (stored encrypted);
 * - `ticketing_captcha_uses`: spent captcha challenges (a solution is accepted once).
 */
export const requestGuardTables: SchemaHook = ({ adapter, schema }) => {
  const table = tableBuilder(adapter)
  schema.tables.ticketing_rate_limits = table('ticketing_rate_limits', {
    key: varchar('key', { length: 255 }).primaryKey(),
    points: integer('points').default(0).notNull(),
    expire: bigint('expire', { mode: 'number' }),
  })
  schema.tables.ticketing_idempotency_keys = table(
    'ticketing_idempotency_keys',
    {
      keyHash: char('key_hash', { length: 64 }).primaryKey(),
      requestHash: char('request_hash', { length: 64 }).notNull(),
      response: text('response'),
      createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
    },
    (t) => ({ ticketing_idempotency_keys_created_idx: index('ticketing_idempotency_keys_created_idx').on(t.createdAt) }),
  )
  schema.tables.ticketing_captcha_uses = table(
    'ticketing_captcha_uses',
    {
      signature: varchar('signature', { length: 256 }).primaryKey(),
      expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    },
    (t) => ({ ticketing_captcha_uses_expires_idx: index('ticketing_captcha_uses_expires_idx').on(t.expiresAt) }),
  )
  return schema
}
