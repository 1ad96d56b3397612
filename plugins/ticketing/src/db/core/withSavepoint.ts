import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { getDrizzle } from './getDrizzle'

/**
 * Runs `work` so that its failure can be retried in the same request. Inside the request's
 * transaction, a failed statement would abort the whole transaction (every later statement
 * refused); a SAVEPOINT rolls back only this attempt. Outside a transaction each statement
 * already rolls back on its own, so no savepoint is taken (no extra round trip).
 */
export const withSavepoint = async <T>(req: Pick<PayloadRequest, 'payload' | 'transactionID'>, work: () => Promise<T>): Promise<T> => {
  const db = await getDrizzle(req)
  if (db === (req.payload.db as unknown as PostgresAdapter).drizzle) return work()
  await db.execute(sql`SAVEPOINT ticketing_attempt`)
  try {
    const result = await work()
    await db.execute(sql`RELEASE SAVEPOINT ticketing_attempt`)
    return result
  } catch (error) {
    await db.execute(sql`ROLLBACK TO SAVEPOINT ticketing_attempt`)
    throw error
  }
}
