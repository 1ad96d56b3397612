import type { Payload } from 'payload'

type LockClient = { query(text: string, values?: unknown[]): Promise<unknown>; release(): void }

/**
 * Runs `work` while holding a PostgreSQL session advisory lock on (namespace, key), on a
 * dedicated connection, so the same action on the same object runs one at a time across
 * every app process. No transaction is held open: provider calls may happen inside.
 */
export const withAdvisoryLock = async <T>(payload: Payload, namespace: number, key: number, work: () => Promise<T>): Promise<T> => {
  const pool = (payload.db as unknown as { pool: { connect(): Promise<LockClient> } }).pool
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1::int, $2::int)', [namespace, key])
    return await work()
  } finally {
    await client.query('SELECT pg_advisory_unlock($1::int, $2::int)', [namespace, key]).catch(() => {})
    client.release()
  }
}
