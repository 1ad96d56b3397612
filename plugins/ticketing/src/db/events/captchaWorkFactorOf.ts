import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { captchaWorkFactor } from '../../domain/captchaWorkFactor'
import { type EventKey, parseEventKey } from '../../domain/eventKey'
import { query } from '../core/query'

/** The captcha work factor of the event named by `idOrSlug` (domain/captchaWorkFactor); 1 when there is no such event. */
export const captchaWorkFactorOf = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, idOrSlug: unknown): Promise<number> => {
  const key: EventKey | null = parseEventKey(idOrSlug)
  if (!key) return 1
  const where = 'id' in key ? sql`id = ${key.id}` : sql`slug = ${key.slug}`
  const [row] = await query<{ held: number; remaining: number }>(req, sql`SELECT seats_held AS held, capacity - seats_confirmed AS remaining FROM city_events WHERE ${where}`)
  return row ? captchaWorkFactor({ held: Number(row.held), remaining: Number(row.remaining) }) : 1
}
