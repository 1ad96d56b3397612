import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

/** The seats a code has discounted so far (live holds and bookings), from its counter. */
export const readPromoSeatsUsed = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, id: number | string): Promise<number> => {
  const [row] = await query<{ seats_used: number }>(req, sql`SELECT seats_used FROM promo_codes WHERE id = ${id}`)
  return Number(row?.seats_used ?? 0)
}
