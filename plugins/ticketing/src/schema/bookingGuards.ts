import { sql } from '@payloadcms/db-postgres/drizzle'
import { check, index } from '@payloadcms/db-postgres/drizzle/pg-core'

import { findColumn } from './findColumn'
import { findTable } from './findTable'
import type { SchemaHook } from './types'

/**
 * `bookings`: amounts PostgreSQL keeps consistent whatever writes them, and the partial index
 * the hold queries use (live holds of an event, by expiry).
 */
export const bookingGuards: SchemaHook = ({ extendTable, schema }) => {
  extendTable({
    extraConfig: (t) => ({
      bookings_amounts_valid: check(
        'bookings_amounts_valid',
        sql`"quantity" > 0 AND "total" >= 0 AND "discount" >= 0 AND "total" = "subtotal" - "discount" AND "amount_refunded" >= 0 AND "amount_refunded" <= "total"`,
      ),
      bookings_pending_expiry_idx: index('bookings_pending_expiry_idx')
        .on(findColumn(t, 'city_event_id'), findColumn(t, 'expires_at'))
        .where(sql`"status" = 'PENDING'`),
    }),
    table: findTable(schema, 'bookings'),
  })
  return schema
}
