import { sql } from '@payloadcms/db-postgres/drizzle'
import { check, index, uniqueIndex } from '@payloadcms/db-postgres/drizzle/pg-core'

import { findColumn } from './findColumn'
import { findTable } from './findTable'
import type { SchemaHook } from './types'

/**
 * `waitlist_entries`: one live entry (waiting or offered) per email and event, whatever runs at
 * once (a unique partial index decides: ALREADY_WAITING; emails are stored lower-case, so case
 * never makes two), the queue's order index, and sane quantities.
 */
export const waitlistGuards: SchemaHook = ({ extendTable, schema }) => {
  extendTable({
    extraConfig: (t) => ({
      waitlist_entries_live_email_idx: uniqueIndex('waitlist_entries_live_email_idx')
        .on(findColumn(t, 'city_event_id'), findColumn(t, 'email'))
        .where(sql`"status" IN ('WAITING', 'OFFERED')`),
      waitlist_entries_queue_idx: index('waitlist_entries_queue_idx')
        .on(findColumn(t, 'city_event_id'), findColumn(t, 'created_at'), findColumn(t, 'id'))
        .where(sql`"status" IN ('WAITING', 'OFFERED')`),
      waitlist_entries_quantities_valid: check(
        'waitlist_entries_quantities_valid',
        sql`"quantity" > 0 AND ("offered_quantity" IS NULL OR ("offered_quantity" > 0 AND "offered_quantity" <= "quantity"))`,
      ),
    }),
    table: findTable(schema, 'waitlist_entries'),
  })
  return schema
}
