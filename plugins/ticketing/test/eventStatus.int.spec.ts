import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { listenEventStatus } from '../src/db/events/listenEventStatus'
import type { EventStatusChange } from '../src/types'
import { devHostFile, rest } from './helpers/devHostFile'
import { createEvent } from './helpers/fixtures'
import { bearer, book } from './helpers/ticketing'

// The status changes PostgreSQL announces (the city_events trigger), as a host's
// onEventStatusChange receives them: whoever changes the status, once committed, never for a
// rolled-back change.
let payload: Payload
let stop: () => Promise<void> = async () => {}
const heard: EventStatusChange[] = []

devHostFile((file) => {
  payload = file.payload
  stop = listenEventStatus(payload, (change) => void heard.push(change))
})

afterAll(() => stop())

const db = () => (payload.db as unknown as PostgresAdapter).drizzle
const changesOf = (eventId: number) => heard.filter((change) => change.eventId === eventId).map((change) => `${change.previousStatus ?? '-'}→${change.status ?? '-'}`)
/** Waits (with a deadline) until the listener has heard `expected` for the event. */
const expectHeard = (eventId: number, expected: string[]) => expect.poll(() => changesOf(eventId), { timeout: 5_000 }).toEqual(expected)

describe('event status announcements', () => {
  it('tell a new event, the booking that takes its last seat, and the seats coming back', async () => {
    const event = (await createEvent(payload, { capacity: 1, slug: 'status-last-seat' })) as { id: number }
    await expectHeard(event.id, ['-→PUBLISHED'])
    const booking = await book({ eventId: event.id })
    expect(booking.status).toBe(201)
    await expectHeard(event.id, ['-→PUBLISHED', 'PUBLISHED→SOLD_OUT'])
    const cancelled = await rest('POST', `/ticketing/bookings/${booking.body.reference}/cancel`, { headers: bearer(booking.body.accessToken) })
    expect(cancelled.status).toBe(200)
    await expectHeard(event.id, ['-→PUBLISHED', 'PUBLISHED→SOLD_OUT', 'SOLD_OUT→PUBLISHED'])
    expect(heard.find((change) => change.eventId === event.id)?.slug).toBe('status-last-seat')
  })

  it('tell a staff edit and a deletion, but nothing for a seat change that keeps the status', async () => {
    const event = (await createEvent(payload, { capacity: 5, slug: 'status-edits' })) as { id: number }
    expect((await book({ eventId: event.id })).status).toBe(201)
    // An admin's edit (the Local API without a user acts as one): an event marked completed.
    await payload.update({ collection: 'city-events' as never, data: { status: 'COMPLETED' } as never, id: event.id })
    await expectHeard(event.id, ['-→PUBLISHED', 'PUBLISHED→COMPLETED'])
    const unsold = (await createEvent(payload, { slug: 'status-deleted' })) as { id: number }
    await payload.delete({ collection: 'city-events' as never, id: unsold.id })
    await expectHeard(unsold.id, ['-→PUBLISHED', 'PUBLISHED→-'])
  })

  it('tell nothing of a change that is rolled back', async () => {
    const event = (await createEvent(payload, { capacity: 5, slug: 'status-rollback' })) as { id: number }
    await expectHeard(event.id, ['-→PUBLISHED'])
    await expect(
      db().transaction(async (tx) => {
        await tx.execute(sql`UPDATE city_events SET status = 'CANCELLED' WHERE id = ${event.id}`)
        throw new Error('rolled back')
      }),
    ).rejects.toThrow('rolled back')
    // A later committed change arrives alone: the rolled-back one was never announced.
    await db().execute(sql`UPDATE city_events SET status = 'COMPLETED' WHERE id = ${event.id}`)
    await expectHeard(event.id, ['-→PUBLISHED', 'PUBLISHED→COMPLETED'])
  })
})
