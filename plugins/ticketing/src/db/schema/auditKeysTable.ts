import { char, timestamp, varchar } from '@payloadcms/db-postgres/drizzle/pg-core'

import { tableBuilder } from './tableBuilder'
import type { SchemaHook } from './types'

/**
 * `ticketing_audit_keys`: one random salt per person-bearing record (`bookings:12`,
 * `attendees:34`). Audit entries about edits of personal data keep the values before and after
 * sealed under a key derived from the record's salt and the server secret; erasing the record
 * deletes its salt, and those values can never be read again while the entries themselves
 * stay, unchanged (the log is append-only).
 */
export const auditKeysTable: SchemaHook = ({ adapter, schema }) => {
  schema.tables.ticketing_audit_keys = tableBuilder(adapter)('ticketing_audit_keys', {
    subject: varchar('subject', { length: 64 }).primaryKey(),
    salt: char('salt', { length: 43 }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow().notNull(),
  })
  return schema
}
