import type { Payload } from 'payload'

type MigrateArgs = NonNullable<Parameters<Payload['db']['migrate']>[0]>

// Any fixed 64-bit number: the advisory lock that keeps two starting processes from migrating at once.
const MIGRATION_LOCK = 4_226_115_001

/**
 * Applies pending migrations when Payload starts (dev, start and tests alike), under a
 * PostgreSQL advisory lock so that several processes starting together migrate once.
 * Skipped when the Payload CLI is the one migrating.
 */
export const runMigrations = async (payload: Payload, migrations: readonly { name: string }[]): Promise<void> => {
  if (process.env.PAYLOAD_MIGRATING === 'true' || process.env.SKIP_AUTO_MIGRATE === 'true') return
  if (!migrations || !migrations.length) return
  const pool = (payload.db as unknown as { pool: { connect(): Promise<LockClient> } }).pool
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    await payload.db.migrate({ migrations: migrations as unknown as MigrateArgs['migrations'] })
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {})
    client.release()
  }
}

type LockClient = { query(text: string, values?: unknown[]): Promise<unknown>; release(): void }
