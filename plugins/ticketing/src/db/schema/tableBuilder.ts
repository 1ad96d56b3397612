import type { pgTable } from '@payloadcms/db-postgres/drizzle/pg-core'

import type { SchemaHookArgs } from './types'

/**
 * The adapter's table builder: `pgTable`, or the host's `schemaName` schema's `table`, so the
 * plugin's tables live in the same PostgreSQL schema as Payload's.
 */
export const tableBuilder = (adapter: SchemaHookArgs['adapter']): typeof pgTable =>
  (adapter as unknown as { pgSchema: { table: typeof pgTable } }).pgSchema.table
