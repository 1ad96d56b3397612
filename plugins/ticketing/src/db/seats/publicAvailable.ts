import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'

/**
 * THE public availability of a `city_events` row (columns of the row, optionally qualified by
 * `alias`): capacity − confirmed − held − offered to the waiting list − wanted by the entries
 * still waiting. While anyone waits, seats that come back go to the list first; offered seats
 * are the entry's until its offer ends. May be negative (more wanted than free).
 */
export const publicAvailable = (alias?: string): SQL => {
  const c = (column: string) => sql.raw(alias ? `${alias}.${column}` : column)
  return sql`(${c('capacity')} - ${c('seats_confirmed')} - ${c('seats_held')} - ${c('seats_offered')} - ${c('seats_waiting')})`
}
