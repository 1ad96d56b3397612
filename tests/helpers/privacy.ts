import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { sqlRows } from './payments'

/** A person no other test knows: a unique address (mixed case, a plus and dots), name and phone. */
export const person = () => {
  const tag = randomUUID().slice(0, 8)
  const digits = String(parseInt(tag, 16)).padStart(9, '0').slice(-9)
  return { email: `Zoe.Private+${tag}@Example.org`, name: `Zoé Private-${tag}`, phone: `+3361${digits.slice(0, 7)}` }
}

/** Moves an event into the past: it ended `daysAgo` days ago (an admin may move dates; the test does it in SQL). */
export const endEvent = async (payload: Payload, eventId: number, daysAgo = 1) => {
  await sqlRows(
    payload,
    sql`UPDATE city_events SET starts_at = now() - make_interval(days => ${daysAgo + 1}), ends_at = now() - make_interval(days => ${daysAgo}) WHERE id = ${eventId}`,
  )
}
