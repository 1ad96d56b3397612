import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../../migrations'
import { LEGACY_MIGRATIONS } from '../../migrations/legacy/upgradeLegacyDatabase'
import { migrations as legacyMigrations } from '../fixtures/legacyMigrations'
import { dropPayloadDatabase } from '../helpers/dropPayloadDatabase'
import { missingPluginSchema } from '../helpers/pluginSchemaLines'
import { schemaCatalog } from '../helpers/schemaCatalog'
import { sitePayloadOn } from '../helpers/sitePayloadOn'
import { createTestDatabase } from '../setup/createTestDatabase'

type Migrations = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']
type Database = Awaited<ReturnType<typeof createTestDatabase>>

const databases: Database[] = []
let fresh: Payload
let upgraded: Payload

const execute = (payload: Payload, query: ReturnType<typeof sql>) => (payload.db as unknown as PostgresAdapter).drizzle.execute(query)
const rowsOf = async (payload: Payload, query: ReturnType<typeof sql>) => (await execute(payload, query)).rows as Record<string, unknown>[]

/** Every row the upgrade must keep, table by table (ids, counters, side tables). */
const KEPT_TABLES = [
  'city_events',
  'city_events_locales',
  'bookings',
  'attendees',
  'ticketing_rate_limits',
  'ticketing_idempotency_keys',
  'ticketing_captcha_uses',
  'ticketing_refund_requests',
  'ticketing_event_cancellations',
] as const
const keptRows = async (payload: Payload) => {
  const all: Record<string, unknown[]> = {}
  for (const table of KEPT_TABLES) {
    all[table] = (await rowsOf(payload, sql.raw(`SELECT row_to_json(t)::text AS row FROM "${table}" t ORDER BY 1`))).map((r) => JSON.parse(r.row as string))
  }
  return all
}

/** The rows of `after` with only the columns `before` had (migrations after the upgrade may add columns). */
const onlyColumnsOf = (before: Record<string, unknown[]>, after: Record<string, unknown[]>) =>
  Object.fromEntries(
    Object.entries(after).map(([table, rows]) => [
      table,
      rows.map((row, i) => Object.fromEntries(Object.keys((before[table]?.[i] ?? row) as object).map((key) => [key, (row as Record<string, unknown>)[key]]))),
    ]),
  )

/** A database in production today: the legacy migrations, then bookings and the plugin's side-table rows. */
const seedLegacyData = async (payload: Payload) => {
  // In SQL: today's config knows event and booking columns the old schema does not have yet.
  const [event] = await rowsOf(
    payload,
    sql`INSERT INTO city_events (slug, status, country, starts_at, timezone, capacity, max_per_booking, hold_minutes, currency, regular_price, updated_at, created_at)
        VALUES ('legacy-event', 'PUBLISHED', 'FR', now() + interval '60 days', 'Europe/Paris', 5, 10, 15, 'EUR', 45000, now(), now()) RETURNING id`,
  )
  await execute(payload, sql`INSERT INTO city_events_locales (title, city, _locale, _parent_id) VALUES ('Legacy', 'Paris', 'fr', ${event!.id})`)
  const [booking] = await rowsOf(
    payload,
    sql`INSERT INTO bookings (reference, city_event_id, status, payment_status, ticket_type, quantity, currency, unit_price, subtotal, discount, total, amount_refunded, buyer_name, buyer_email, locale, updated_at, created_at)
        VALUES ('MC2026-OLD001', ${event!.id}, 'CONFIRMED', 'PAID', 'REGULAR', 2, 'EUR', 45000, 90000, 0, 90000, 0, 'Old', 'old@d.ef', 'fr', now(), now()) RETURNING id`,
  )
  await execute(payload, sql`INSERT INTO attendees (booking_id, city_event_id, name, email, position, updated_at, created_at) VALUES (${booking!.id}, ${event!.id}, 'Old', 'old@d.ef', 1, now(), now()), (${booking!.id}, ${event!.id}, 'Old guest', NULL, 2, now(), now())`)
  await execute(payload, sql`UPDATE city_events SET seats_confirmed = seats_confirmed + 2 WHERE id = ${event!.id}`)
  await execute(payload, sql`INSERT INTO ticketing_rate_limits (key, points, expire) VALUES ('create:ip:abc', 3, 1893456000000)`)
  await execute(payload, sql`INSERT INTO ticketing_idempotency_keys (key_hash, request_hash, response) VALUES (${'a'.repeat(64)}, ${'b'.repeat(64)}, 'sealed')`)
  await execute(payload, sql`INSERT INTO ticketing_captcha_uses (signature, expires_at) VALUES ('sig-1', now() + interval '1 hour')`)
  await execute(
    payload,
    sql`INSERT INTO ticketing_refund_requests (id, booking_id, amount, reason, key_hash) VALUES (gen_random_uuid(), ${booking.id}, 1000, 'duplicate', ${'c'.repeat(64)})`,
  )
  await execute(payload, sql`INSERT INTO ticketing_event_cancellations (booking_id, city_event_id) VALUES (${booking.id}, ${event!.id})`)
  return { bookingId: booking.id as number, eventId: event!.id as number }
}

let before: Awaited<ReturnType<typeof keptRows>>
let seeded: Awaited<ReturnType<typeof seedLegacyData>>

beforeAll(async () => {
  const [freshDb, upgradedDb] = await Promise.all([createTestDatabase('mc_schema_fresh'), createTestDatabase('mc_schema_upgraded')])
  databases.push(freshDb, upgradedDb)
  fresh = await sitePayloadOn(freshDb.url, 'schema-fresh')
  await fresh.db.migrate({ migrations: migrations as unknown as Migrations })

  upgraded = await sitePayloadOn(upgradedDb.url, 'schema-upgraded')
  await upgraded.db.migrate({ migrations: legacyMigrations as unknown as Migrations })
  seeded = await seedLegacyData(upgraded)
  before = await keptRows(upgraded)
  await upgraded.db.migrate({ migrations: migrations as unknown as Migrations })
})

afterAll(async () => {
  await Promise.all([dropPayloadDatabase(fresh, databases[0]), dropPayloadDatabase(upgraded, databases[1])])
})

describe('schema upgrade from the hand-written migrations', () => {
  it('a fresh migrate and an upgraded database end with the same schema', async () => {
    const [freshCatalog, upgradedCatalog] = await Promise.all([schemaCatalog(fresh), schemaCatalog(upgraded)])
    expect(freshCatalog.length).toBeGreaterThan(500)
    expect(upgradedCatalog).toEqual(freshCatalog)
  })

  it('the schema holds what the plugin declares (counters, CHECKs, partial indexes, side tables)', async () => {
    expect(missingPluginSchema(await schemaCatalog(fresh))).toEqual([])
  })

  it('keeps every row, and records the baseline alone in payload_migrations', async () => {
    const after = await keptRows(upgraded)
    expect(onlyColumnsOf(before, after)).toEqual(before)
    expect(after.ticketing_refund_requests).toHaveLength(1)
    expect(after.ticketing_event_cancellations).toHaveLength(1)
    const recorded = await rowsOf(upgraded, sql`SELECT name FROM payload_migrations ORDER BY name`)
    expect(recorded.map((r) => r.name)).toEqual(migrations.map((m) => m.name))
    expect(recorded.some((r) => (LEGACY_MIGRATIONS as readonly unknown[]).includes(r.name))).toBe(false)
  })

  it('the upgraded database still holds seats and lets PostgreSQL refuse an oversell', async () => {
    const booking = await upgraded.create({ collection: 'bookings', data: { buyer: { email: 'new@d.ef', name: 'New' }, cityEvent: seeded.eventId, quantity: 3 } as never })
    expect(booking.status).toBe('PENDING')
    const [row] = await rowsOf(upgraded, sql`SELECT seats_confirmed, seats_held FROM city_events WHERE id = ${seeded.eventId}`)
    expect(row).toEqual({ seats_confirmed: 2, seats_held: 3 })
    await expect(execute(upgraded, sql`UPDATE city_events SET seats_held = seats_held + 1 WHERE id = ${seeded.eventId}`)).rejects.toMatchObject({
      cause: { constraint: 'city_events_seats_valid' },
    })
  })

  it('migrating again changes nothing', async () => {
    const catalog = await schemaCatalog(upgraded)
    await upgraded.db.migrate({ migrations: migrations as unknown as Migrations })
    expect(await schemaCatalog(upgraded)).toEqual(catalog)
  })
})
