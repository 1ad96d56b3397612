import { sql } from '@payloadcms/db-postgres/drizzle'
import { check, index } from '@payloadcms/db-postgres/drizzle/pg-core'

import { findColumn } from './findColumn'
import { findTable } from './findTable'
import type { SchemaHook } from './types'

/**
 * `bookings`: amounts PostgreSQL keeps consistent whatever writes them, and the partial index
 * the hold queries use: holds of an event that may expire (db/seats/holdMayExpire), by expiry.
 * Its predicate is holdMayExpire's own, so only those queries can use it: counts of other
 * pending holds (a buyer's, db/schema/holdClients) go to their own indexes, never to this one
 * (read in full, it slowed every hold during a rush). `status` has no index of its own
 * on purpose: after statistics taken in a quiet hour (almost no PENDING row), the planner
 * weighed a status index equal to this one and scanned every pending hold of every event on
 * each quote during the rush that followed (3× slower quotes in the bench).
 */
export const bookingGuards: SchemaHook = ({ extendTable, schema }) => {
  extendTable({
    extraConfig: (t) => ({
      bookings_amounts_valid: check(
        'bookings_amounts_valid',
        sql`"quantity" > 0 AND "total" >= 0 AND "discount" >= 0 AND "total" = "subtotal" - "discount" - coalesce("promo_discount", 0) AND coalesce("promo_discount", 0) >= 0 AND "amount_refunded" >= 0 AND "amount_refunded" <= "total"`,
      ),
      bookings_pending_expiry_idx: index('bookings_pending_expiry_idx')
        .on(findColumn(t, 'city_event_id'), findColumn(t, 'expires_at'))
        .where(sql`"status" = 'PENDING' AND "payment_status" NOT IN ('PROCESSING', 'PAID')`),
    }),
    table: findTable(schema, 'bookings'),
  })
  return schema
}
