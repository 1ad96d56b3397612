import { sql } from '@payloadcms/db-postgres/drizzle'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

import { findColumn } from './findColumn'
import { findTable } from './findTable'
import type { SchemaHook } from './types'

/**
 * `stripe_events` as the webhook worker's queue: the events due for processing, by time, in a
 * partial index (processed and ignored events, nearly all of them, are left out), so claiming
 * with `FOR UPDATE SKIP LOCKED` reads only what is due.
 */
export const stripeEventsQueue: SchemaHook = ({ extendTable, schema }) => {
  extendTable({
    extraConfig: (t) => ({
      stripe_events_due_idx: index('stripe_events_due_idx')
        .on(findColumn(t, 'next_attempt_at'))
        .where(sql`"next_attempt_at" IS NOT NULL`),
    }),
    table: findTable(schema, 'stripe_events'),
  })
  return schema
}
