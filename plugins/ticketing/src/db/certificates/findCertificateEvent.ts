import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { CertificateRule } from '../../domain/certificates/certificateEligibility'
import type { EventKey } from '../../domain/eventKey'
import { query } from '../core/query'

export type CertificateEvent = {
  certificateRule: CertificateRule
  country: string
  currency: string
  endsAt: Date | null
  id: number
  startsAt: Date
  timezone: string
  trainingHours: null | number
}

/** What issuing certificates needs of an event (any status). */
export const findCertificateEvent = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, key: EventKey): Promise<CertificateEvent | null> => {
  const where = 'id' in key ? sql`id = ${key.id}` : sql`slug = ${key.slug}`
  const [row] = await query<Record<string, unknown>>(req, sql`SELECT id, starts_at, ends_at, timezone, currency, country, training_hours, certificate_rule FROM city_events WHERE ${where}`)
  if (!row) return null
  return {
    certificateRule: row.certificate_rule === 'ANY_DAY' ? 'ANY_DAY' : 'ALL_DAYS',
    country: String(row.country ?? ''),
    currency: String(row.currency),
    endsAt: row.ends_at ? new Date(row.ends_at as string) : null,
    id: Number(row.id),
    startsAt: new Date(row.starts_at as string),
    timezone: String(row.timezone),
    trainingHours: row.training_hours === null || row.training_hours === undefined ? null : Number(row.training_hours),
  }
}
