import type { SchemaHookArgs, SchemaTable } from './types'

/**
 * The Drizzle table Payload built for `tableName` (the plugin's SQL names its tables
 * `city_events` and `bookings`); a clear error when the host has renamed them.
 */
export const findTable = (schema: SchemaHookArgs['schema'], tableName: string): SchemaTable => {
  const table = schema.tables[tableName]
  if (!table) {
    throw new Error(`@masterclass/plugin-ticketing: table "${tableName}" is missing from the Postgres schema (its SQL expects the default collection slugs).`)
  }
  return table
}
