import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { uniqueReference } from '../../plugins/ticketing/src/db/uniqueReference'
import { createEvent } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

/** Objects the hand-written migrations add on purpose; the config does not describe them. */
const HAND_MANAGED = /ticketing_rate_limits|ticketing_refund_requests|ticketing_event_cancellations|ticketing_idempotency_keys|ticketing_captcha_uses|seats_confirmed|seats_held|city_events_seats_valid|city_events_capacity_positive|bookings_amounts_valid|bookings_pending_expiry_idx/

/**
 * drizzle-kit reads a numeric column's default back as text and re-issues every numeric
 * `SET DEFAULT <n>` on each comparison, changed or not; those echoes are not drift.
 */
const NUMERIC_DEFAULT_ECHO = /^ALTER TABLE "[a-z_]+" ALTER COLUMN "[a-z_]+" SET DEFAULT \d+;$/

describe('schema', () => {
  it('a fresh migrate gives exactly the schema the config expects (no drift)', async () => {
    const adapter = payload.db as unknown as PostgresAdapter
    const { pushSchema } = adapter.requireDrizzleKit()
    const { statementsToExecute } = (await pushSchema(adapter.schema as never, adapter.drizzle as never, ['public'], undefined, undefined)) as unknown as { statementsToExecute: string[] }
    const drift = statementsToExecute.filter((statement: string) => !HAND_MANAGED.test(statement) && !NUMERIC_DEFAULT_ECHO.test(statement))
    expect(drift).toEqual([])
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
    const generated = await uniqueReference({ payload, transactionID: undefined } as never, () => draws.shift()!)
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
