import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PostgresAdapter } from '@payloadcms/db-postgres'

import { clientHeldSeats, emailHeldSeats } from '../../plugins/ticketing/src/db/schema/holdClients'
import { liveAvailable } from '../../plugins/ticketing/src/db/seats/liveAvailable'
import { createEvent } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { sqlRows } from '../helpers/payments'

// The hot reads must stay cheap whatever the planner's statistics say. The case that bit: the
// statistics were taken in a quiet hour (hardly any PENDING booking), then a rush left thousands
// of live holds on one event; every quote of every other event then read all of them. And the
// hold limits' counts (one buyer's holds) must never read the whole rush either: with no
// statistics, or a quiet hour's, they tied with the index of an event's expiring holds.

type PlanNode = { 'Index Name'?: string; 'Node Type': string; Plans?: PlanNode[]; 'Relation Name'?: string; 'Rows Removed by Filter'?: number }

const nodesOn = (node: PlanNode, relation: string): PlanNode[] => [
  ...(node['Relation Name'] === relation ? [node] : []),
  ...(node.Plans ?? []).flatMap((child) => nodesOn(child, relation)),
]

let payload: Payload
let quiet: number
let rush: number
let settled: number
const HOLDS = 3000
const SOLD = 20_000

beforeAll(async () => {
  payload = await getTestPayload()
  quiet = (await createEvent(payload, { capacity: 40 })).id as number
  rush = (await createEvent(payload, { capacity: HOLDS })).id as number
  settled = (await createEvent(payload, { capacity: SOLD })).id as number
  // Statistics taken when the bookings were all settled, then the rush's holds (live for another 15 minutes).
  await sqlRows(
    payload,
    sql`INSERT INTO bookings (reference, city_event_id, status, payment_status, ticket_type, quantity, currency, unit_price, subtotal, discount, total,
          amount_refunded, buyer_name, buyer_email, locale, expires_at, confirmed_at)
        SELECT 'PLANC' || ${settled} || '-' || g, ${settled}, 'CONFIRMED', 'PAID', 'REGULAR', 1, 'EUR', 45000, 45000, 0, 45000, 0, 'Settled buyer',
          'settled' || g || '@example.com', 'fr', now(), now()
        FROM generate_series(1, ${SOLD}) g`,
  )
  await sqlRows(payload, sql`UPDATE city_events SET seats_confirmed = ${SOLD} WHERE id = ${settled}`)
  await sqlRows(payload, sql`ANALYZE bookings`)
  await sqlRows(
    payload,
    sql`INSERT INTO bookings (reference, city_event_id, status, payment_status, ticket_type, quantity, currency, unit_price, subtotal, discount, total,
          amount_refunded, buyer_name, buyer_email, locale, expires_at, hold_client)
        SELECT 'PLAN' || ${rush} || '-' || g, ${rush}, 'PENDING', 'PENDING', 'REGULAR', 1, 'EUR', 45000, 45000, 0, 45000, 0, 'Rush buyer',
          'rush' || g || '@example.com', 'fr', now() + interval '15 minutes', 'rush-client-' || g
        FROM generate_series(1, ${HOLDS}) g`,
  )
  await sqlRows(payload, sql`UPDATE city_events SET seats_held = ${HOLDS} WHERE id = ${rush}`)
})

afterAll(async () => {
  await sqlRows(payload, sql`DELETE FROM bookings WHERE city_event_id IN (${rush}, ${settled})`)
  await sqlRows(payload, sql`UPDATE city_events SET seats_held = 0, seats_confirmed = 0 WHERE id IN (${rush}, ${settled})`)
})

describe('query plans of the hot reads', () => {
  it("counts an event's live seats through the partial index of pending holds, never reading another event's holds", async () => {
    const [row] = await sqlRows(
      payload,
      sql`EXPLAIN (ANALYZE, FORMAT JSON) SELECT ${liveAvailable} AS seats_available FROM city_events e WHERE e.id = ${quiet}`,
    )
    const plan = (row['QUERY PLAN'] as [{ Plan: PlanNode }])[0].Plan
    const reads = nodesOn(plan, 'bookings')
    expect(reads.length).toBeGreaterThan(0)
    for (const read of reads) {
      expect(read['Index Name']).toBe('bookings_pending_expiry_idx')
      expect(read['Rows Removed by Filter'] ?? 0).toBe(0)
    }
    const [seats] = await sqlRows(payload, sql`SELECT ${liveAvailable} AS seats_available FROM city_events e WHERE e.id = ${quiet}`)
    expect(Number(seats.seats_available)).toBe(40)
  })

  it('keeps status without an index of its own (the one a stale plan would pick)', async () => {
    const rows = await sqlRows(payload, sql`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'bookings'`)
    const statusOnly = rows.filter((index) => /\("?status"?\)/.test(String(index.indexdef)) && !/ WHERE /.test(String(index.indexdef)))
    expect(statusOnly).toEqual([])
  })

  it("counts one buyer's and one client's live holds through their own indexes, with a quiet hour's statistics or none, planned once or per call", async () => {
    // The trigger's queries as it runs them: generic plans over its NEW row (PL/pgSQL caches
    // them per connection), and custom plans with the values.
    const counts = [
      { index: 'bookings_hold_email_idx', sql: emailHeldSeats('$1::int', '$2::text'), values: [rush, 'Rush7@example.com'], want: 1 },
      { index: 'bookings_hold_client_idx', sql: clientHeldSeats('$1::text'), values: ['rush-client-7'], want: 1 },
    ]
    const client = await (payload.db as unknown as PostgresAdapter).pool.connect()
    try {
      for (const statistics of ['quiet hour', 'none']) {
        if (statistics === 'none') await client.query(`DELETE FROM pg_statistic WHERE starelid = 'bookings'::regclass`)
        for (const mode of ['force_generic_plan', 'force_custom_plan']) {
          await client.query(`SET plan_cache_mode = ${mode}`)
          for (const count of counts) {
            const explained = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${count.sql}`, count.values)
            const reads = nodesOn((explained.rows[0]['QUERY PLAN'] as [{ Plan: PlanNode }])[0].Plan, 'bookings')
            expect(reads.map((read) => [statistics, mode, read['Index Name'], read['Rows Removed by Filter'] ?? 0])).toEqual([[statistics, mode, count.index, 0]])
            expect(Number((await client.query(count.sql, count.values)).rows[0].coalesce)).toBe(count.want)
          }
        }
      }
    } finally {
      await client.query('RESET plan_cache_mode').catch(() => undefined)
      client.release()
    }
  })
})
