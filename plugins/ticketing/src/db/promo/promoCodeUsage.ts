import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

export type PromoCodeUsage = {
  /** Bookings that used it and are paid or being paid (confirmed, or a live hold). */
  bookings: number
  code: string
  id: number
  maxSeats: null | number
  /** Seats counted against `maxSeats` now (live holds and bookings). */
  seatsUsed: number
  /** What it took off, per currency, over confirmed bookings (refunded ones included: the discount was given). */
  discountGiven: { amount: number; currency: string }[]
}

/** Each code's uses and the discount it gave, for the dashboard; codes never used are left out. */
export const promoCodeUsage = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>): Promise<PromoCodeUsage[]> => {
  const rows = await query<{ bookings: number | string; code: string; discount: { amount: number | string; currency: string }[] | null; id: number; max_seats: null | number | string; seats_used: number }>(
    req,
    sql`SELECT p.id, p.code, p.max_seats, p.seats_used,
          (SELECT count(*) FROM bookings b WHERE b.promo_code_id = p.id AND b.status IN ('PENDING', 'CONFIRMED', 'REFUNDED')) AS bookings,
          (SELECT json_agg(json_build_object('currency', t.currency, 'amount', t.amount) ORDER BY t.currency) FROM (
             SELECT b.currency, sum(b.promo_discount) AS amount FROM bookings b
             WHERE b.promo_code_id = p.id AND b.status IN ('CONFIRMED', 'REFUNDED') GROUP BY b.currency) t) AS discount
        FROM promo_codes p
        WHERE p.seats_used > 0 OR EXISTS (SELECT 1 FROM bookings b WHERE b.promo_code_id = p.id)
        ORDER BY p.code`,
  )
  return rows.map((row) => ({
    bookings: Number(row.bookings),
    code: row.code,
    discountGiven: (row.discount ?? []).map((d) => ({ amount: Number(d.amount), currency: d.currency })),
    id: Number(row.id),
    maxSeats: row.max_seats === null ? null : Number(row.max_seats),
    seatsUsed: Number(row.seats_used),
  }))
}
