import type { ExtraConfigColumn } from '@payloadcms/db-postgres/drizzle/pg-core'

/**
 * A column of a Payload-built table by its SQL name, among the columns an `extraConfig`
 * builder receives (Payload keys them by field path, not by column name).
 */
export const findColumn = (columns: Record<string, unknown>, columnName: string): ExtraConfigColumn => {
  const column = (Object.values(columns) as ExtraConfigColumn[]).find((c) => c.name === columnName)
  if (!column) throw new Error(`@masterclass/plugin-ticketing: column "${columnName}" is missing from the Postgres schema.`)
  return column
}
