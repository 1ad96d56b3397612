import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * Stops a test's own Payload (its job crons) and drops its database. The pool is not ended:
 * Payload's Postgres adapter keeps one client checked out for good, so `pool.end()` would
 * wait forever. Dropping the database WITH (FORCE) closes its connections instead, and the
 * pool is told to expect that.
 */
export const dropPayloadDatabase = async (payload: Payload | undefined, database: { drop: () => Promise<void> } | undefined) => {
  const pool = (payload?.db as unknown as PostgresAdapter | undefined)?.pool
  pool?.on('error', () => {})
  await payload?.destroy()
  await database?.drop()
}
