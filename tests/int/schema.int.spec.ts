import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { referenceTaken } from '../../plugins/ticketing/src/db/bookings/referenceTaken'
import { REFERENCE_TAKEN, uniqueReference } from '../../plugins/ticketing/src/db/bookings/uniqueReference'
import { createEvent } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { isSchemaDrift } from '../../plugins/ticketing/test/schemaEchoes'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})


describe('schema', () => {
  it('a fresh migrate gives exactly the schema the config expects (no drift)', async () => {
    const adapter = payload.db as unknown as PostgresAdapter
    const { pushSchema } = adapter.requireDrizzleKit()
    const { statementsToExecute } = (await pushSchema(adapter.schema as never, adapter.drizzle as never, ['public'], undefined, undefined)) as unknown as { statementsToExecute: string[] }
    const drift = statementsToExecute.filter(isSchemaDrift)
    expect(drift).toEqual([])
  })

  it('payload migrate:create finds no schema change against the committed migrations (the plugin schema included)', async () => {
    // Payload's own createMigration, pointed at a copy of the migrations' snapshots: it diffs
    // the latest snapshot with the schema the config (and the plugin's hooks) builds now.
    const adapter = payload.db as unknown as PostgresAdapter
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrate-create-'))
    for (const file of fs.readdirSync(adapter.migrationDir).filter((name) => name.endsWith('.json'))) {
      fs.copyFileSync(path.join(adapter.migrationDir, file), path.join(dir, file))
    }
    const migrationDir = adapter.migrationDir
    adapter.migrationDir = dir
    try {
      await adapter.createMigration({ forceAcceptWarning: true, migrationName: 'drift', payload })
    } finally {
      adapter.migrationDir = migrationDir
    }
    const [created] = fs.readdirSync(dir).filter((name) => name.endsWith('_drift.ts'))
    const source = fs.readFileSync(path.join(dir, created), 'utf8')
    fs.rmSync(dir, { force: true, recursive: true })
    expect(source).not.toContain('db.execute')
  })

  it('lets PostgreSQL itself refuse an oversold event', async () => {
    const event = await createEvent(payload, { capacity: 2 })
    await expect(
      (payload.db as unknown as PostgresAdapter).drizzle.execute(sql`UPDATE city_events SET seats_held = 3 WHERE id = ${event.id}`),
    ).rejects.toMatchObject({ cause: { constraint: 'city_events_seats_valid' } })
  })

  it('retries a booking reference that collides with an existing one', async () => {
    const event = await createEvent(payload)
    const existing = await payload.create({ collection: 'bookings', data: { buyer: { email: 'c@d.ef', name: 'C' }, cityEvent: event.id, quantity: 1 } as never })
    const draws = [existing.reference as string, existing.reference as string, 'MC2026-ZZZZZ2']
    const req = { payload, transactionID: undefined } as never
    const generated = await uniqueReference(() => draws.shift()!, async (candidate) => ((await referenceTaken(req, candidate)) ? REFERENCE_TAKEN : candidate))
    expect(generated).toBe('MC2026-ZZZZZ2')
    expect(draws).toEqual([])
  })

  it('keeps booking references unique in the database', async () => {
    const event = await createEvent(payload)
    const first = await payload.create({ collection: 'bookings', data: { buyer: { email: 'c@d.ef', name: 'C' }, cityEvent: event.id, quantity: 1 } as never })
    const second = await payload.create({ collection: 'bookings', data: { buyer: { email: 'c@d.ef', name: 'C' }, cityEvent: event.id, quantity: 1 } as never })
    await expect(
      (payload.db as unknown as PostgresAdapter).drizzle.execute(sql`UPDATE bookings SET reference = ${first.reference} WHERE id = ${second.id}`),
    ).rejects.toMatchObject({ cause: { code: '23505' } })
  })
})
