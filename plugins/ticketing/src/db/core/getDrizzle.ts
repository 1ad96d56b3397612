import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

type Drizzle = PostgresAdapter['drizzle']

/** The drizzle handle of the request's open transaction, or the pool when there is none. */
export const getDrizzle = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>): Promise<Drizzle> => {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const id = await req.transactionID
  return ((id && adapter.sessions?.[id]?.db) || adapter.drizzle) as Drizzle
}
