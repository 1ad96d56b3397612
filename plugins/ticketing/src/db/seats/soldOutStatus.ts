import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'

/**
 * THE sold-out rule, as the new `status` of a `city_events` row whose seats change by `delta`
 * (taken > 0, given back < 0) in the same UPDATE: SOLD_OUT once no seat is left for the public
 * (seats offered to or wanted by the waiting list count as taken), PUBLISHED
 * again once one is; any other status stays. Columns are the row's values before the UPDATE;
 * an edit of the event passes its new `status` and `capacity` instead (collections' guardCapacity).
 */
export const soldOutStatus = (delta: number | SQL, row: { capacity?: number; status?: string } = {}): SQL => {
  const status = row.status === undefined ? sql`status` : sql`${row.status}::enum_city_events_status`
  const capacity = row.capacity === undefined ? sql`capacity` : sql`${row.capacity}::int`
  return sql`CASE
  WHEN ${status} = 'PUBLISHED' AND ${capacity} - seats_confirmed - seats_held - seats_offered - seats_waiting - (${delta}) <= 0 THEN 'SOLD_OUT'::enum_city_events_status
  WHEN ${status} = 'SOLD_OUT' AND ${capacity} - seats_confirmed - seats_held - seats_offered - seats_waiting - (${delta}) > 0 THEN 'PUBLISHED'::enum_city_events_status
  ELSE ${status} END`
}
