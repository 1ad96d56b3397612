import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { getDrizzle } from './getDrizzle'

/** Runs one SQL statement in the request's transaction (if any) and returns its rows. */
export const query = async <Row extends Record<string, unknown>>(
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
  statement: SQL,
): Promise<Row[]> => {
  const db = await getDrizzle(req)
  const result = (await db.execute(statement)) as unknown as { rows: Row[] }
  return result.rows
}
