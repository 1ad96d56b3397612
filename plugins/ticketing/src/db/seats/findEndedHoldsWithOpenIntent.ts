import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { query } from '../core/query'

const BATCH = 200

/**
 * Holds that ended (EXPIRED or CANCELLED, by the job, by a visitor's booking or by the buyer)
 * while their PaymentIntent may still be open: no ledger row says it was canceled or
 * succeeded. Whoever ended the hold, the expiry job closes these at the provider. Looks back
 * 7 days (a PaymentIntent that old is closed by Stripe itself).
 */
export const findEndedHoldsWithOpenIntent = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>) =>
  query<{ id: number; payment_intent_id: string }>(
    req,
    sql`SELECT b.id, b.payment_intent_id FROM bookings b
        WHERE b.status IN ('EXPIRED', 'CANCELLED') AND b.payment_intent_id IS NOT NULL
          AND b.updated_at > now() - interval '7 days'
          AND NOT EXISTS (SELECT 1 FROM booking_payments p
                          WHERE p.stripe_object_id = b.payment_intent_id AND p.kind = 'PAYMENT' AND p.status IN ('canceled', 'succeeded'))
        ORDER BY b.updated_at LIMIT ${BATCH}`,
  )
