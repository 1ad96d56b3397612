import { postgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { REST_POST } from '@payloadcms/next/routes'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { ticketingPlugin } from '@masterclass/plugin-ticketing'
import { buildConfig, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dropPayloadDatabase } from '../helpers/dropPayloadDatabase'
import { createEvent } from '../helpers/fixtures'
import { missingPluginSchema } from '../helpers/pluginSchemaLines'
import { schemaCatalog } from '../helpers/schemaCatalog'
import { createTestDatabase } from '../setup/createTestDatabase'

/**
 * Another host: a bare Payload app that adds only `ticketingPlugin()` and lets Payload push
 * its schema in development (`push: true`), on an empty database. No migration is involved:
 * whatever the plugin's SQL needs must come from the plugin itself.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>
let payload: Payload
let config: ReturnType<typeof buildConfig>

beforeAll(async () => {
  database = await createTestDatabase('mc_plugin_push')
  config = buildConfig({
    collections: [{ slug: 'users', auth: true, fields: [] }],
    db: postgresAdapter({ pool: { connectionString: database.url, max: 3 }, push: true }),
    editor: lexicalEditor(),
    // The jobs are run by the test when needed, never by a cron in the background.
    jobs: { shouldAutoRun: () => false },
    // The plugin's SQL reads the localized title and city from city_events_locales.
    localization: { defaultLocale: 'en', locales: ['en'] },
    // A bare host with no captcha widget: the test books directly (the default is captcha on).
    plugins: [ticketingPlugin({ captcha: false })],
    secret: 'plugin-push-test',
  })
  payload = await getPayload({ config })
})

afterAll(() => dropPayloadDatabase(payload, database))

const execute = (query: ReturnType<typeof sql>) => (payload.db as unknown as PostgresAdapter).drizzle.execute(query)

const book = async (eventId: number, quantity: number) => {
  const request = new Request('http://localhost:3000/api/ticketing/bookings', {
    body: JSON.stringify({ buyer: { email: 'push@d.ef', name: 'Push' }, eventId, quantity, attendees: Array.from({ length: quantity }, (_, i) => ({ name: `A${i}` })) }),
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.9' },
    method: 'POST',
  })
  const response = await REST_POST(config)(request, { params: Promise.resolve({ slug: ['ticketing', 'bookings'] }) })
  return { body: await response.json(), status: response.status }
}

describe('the plugin in a host that pushes its schema (dev mode)', () => {
  it('the pushed schema holds the counters, CHECKs, partial indexes and side tables the plugin needs', async () => {
    const catalog = await schemaCatalog(payload)
    expect(catalog.some((line) => line.startsWith('column | city_events | capacity |'))).toBe(true)
    expect(missingPluginSchema(catalog)).toEqual([])
  })

  it('holds seats through the booking endpoint and counts them in seats_held', async () => {
    const event = await createEvent(payload, { capacity: 3 })
    const first = await book(event.id as number, 2)
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ status: 'PENDING' })
    const { rows } = await execute(sql`SELECT seats_confirmed, seats_held FROM city_events WHERE id = ${event.id}`)
    expect(rows[0]).toEqual({ seats_confirmed: 0, seats_held: 2 })
    const second = await book(event.id as number, 2)
    expect(second.status).toBe(409)
    expect(second.body.error).toMatchObject({ code: 'INSUFFICIENT_SEATS', details: { seatsAvailable: 1 } })
  })

  it('PostgreSQL itself refuses an oversold event (the CHECK the plugin declares)', async () => {
    const event = await createEvent(payload, { capacity: 2 })
    await expect(execute(sql`UPDATE city_events SET seats_held = 3 WHERE id = ${event.id}`)).rejects.toMatchObject({
      cause: { constraint: 'city_events_seats_valid' },
    })
  })
})
