import type { PostgresAdapter } from '@payloadcms/db-postgres'

/** A hook of the Postgres adapter's `beforeSchemaInit` / `afterSchemaInit` lists. */
export type SchemaHook = PostgresAdapter['afterSchemaInit'][number]

/** What a schema hook receives. */
export type SchemaHookArgs = Parameters<SchemaHook>[0]

/** A Drizzle table of the adapter's schema. */
export type SchemaTable = SchemaHookArgs['schema']['tables'][string]
