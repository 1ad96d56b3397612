import { integer, uniqueIndex, varchar } from '@payloadcms/db-postgres/drizzle/pg-core'

import { declareSqlTrigger } from './declareSqlTrigger'
import { findTable } from './findTable'
import { tableBuilder } from './tableBuilder'
import type { SchemaHook } from './types'

/**
 * Certificates of attendance, in PostgreSQL:
 * - `ticketing_certificate_counters`: the last number taken per series and year; a number is
 *   taken by an upsert on this row in the transaction that inserts the certificate, so a
 *   rollback gives it back (no gap) and the row lock serialises two issuers (no duplicate);
 * - a booking that becomes REFUNDED (a full refund, a lost dispute) revokes its certificates,
 *   whichever code path refunded it.
 */
export const certificateSchema: SchemaHook = ({ adapter, schema }) => {
  findTable(schema, 'certificates')
  findTable(schema, 'bookings')
  schema.tables.ticketing_certificate_counters = tableBuilder(adapter)(
    'ticketing_certificate_counters',
    {
      seriesKey: varchar('series_key', { length: 64 }).notNull(),
      year: integer('year').notNull(),
      lastNumber: integer('last_number').notNull(),
    },
    // A unique index rather than a composite primary key (which drizzle-kit's introspection cannot read back).
    (t) => ({ ticketing_certificate_counters_series_year: uniqueIndex('ticketing_certificate_counters_series_year').on(t.seriesKey, t.year) }),
  )
  declareSqlTrigger(adapter, {
    name: 'bookings_refunded_revoke_certificates',
    body: `IF NEW.status = 'REFUNDED' AND OLD.status IS DISTINCT FROM 'REFUNDED' THEN
  UPDATE certificates SET status = 'REVOKED', revoked_at = now(), updated_at = now() WHERE booking_id = NEW.id AND status = 'VALID';
END IF;
RETURN NULL;`,
    forEach: 'ROW',
    table: 'bookings',
    when: 'AFTER UPDATE OF status',
  })
  return schema
}
