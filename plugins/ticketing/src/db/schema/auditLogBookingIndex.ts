import { sql } from '@payloadcms/db-postgres/drizzle'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

import { findTable } from './findTable'
import type { SchemaHook } from './types'

/**
 * `audit_log_booking_ids_idx`: a GIN index on the bookings an entry covers (`details.bookingIds`,
 * written by erasures and the retention job), so a booking's page finds the erasures that
 * covered it (db/audit/findBookingAuditEntries) without reading the whole log.
 */
export const auditLogBookingIndex: SchemaHook = ({ extendTable, schema }) => {
  extendTable({
    extraConfig: () => ({
      audit_log_booking_ids_idx: index('audit_log_booking_ids_idx').using('gin', sql`("details" -> 'bookingIds')`),
    }),
    table: findTable(schema, 'audit_log'),
  })
  return schema
}
