import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { CertificateRule } from '../../domain/certificates/certificateEligibility'
import type { EventKey } from '../../domain/eventKey'
import type { CertificateIssuer } from '../../types'
import { query } from '../core/query'

export type CertificateEvent = {
  certificateRule: CertificateRule
  country: string
  currency: string
  endsAt: Date | null
  id: number
  /** The event's seller as the issuer of its certificates (one number series per seller); null when the event names none. */
  seller: CertificateIssuer | null
  startsAt: Date
  timezone: string
  trainingHours: null | number
}

/** The prefix of a seller that has none (an older row): the field's default. */
const DEFAULT_CERTIFICATE_PREFIX = 'AT'

const text = (value: unknown) => (value === null || value === undefined || value === '' ? null : String(value))

/** What issuing certificates needs of an event (any status), with its seller as it is now (what a certificate freezes). */
export const findCertificateEvent = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, key: EventKey): Promise<CertificateEvent | null> => {
  const where = 'id' in key ? sql`e.id = ${key.id}` : sql`e.slug = ${key.slug}`
  const [row] = await query<Record<string, unknown>>(
    req,
    sql`SELECT e.id, e.starts_at, e.ends_at, e.timezone, e.currency, e.country, e.training_hours, e.certificate_rule,
          s.id AS seller_id, s.name AS seller_name, s.certificate_prefix, s.registration_number, s.timezone AS seller_timezone,
          s.address_line1, s.address_line2, s.address_postal_code, s.address_city, s.address_region, s.address_country
        FROM city_events e LEFT JOIN sellers s ON s.id = e.seller_id WHERE ${where}`,
  )
  if (!row) return null
  return {
    certificateRule: row.certificate_rule === 'ANY_DAY' ? 'ANY_DAY' : 'ALL_DAYS',
    country: String(row.country ?? ''),
    currency: String(row.currency),
    endsAt: row.ends_at ? new Date(row.ends_at as string) : null,
    id: Number(row.id),
    seller:
      row.seller_id === null || row.seller_id === undefined
        ? null
        : {
            address: {
              city: String(row.address_city),
              country: String(row.address_country),
              line1: String(row.address_line1),
              line2: text(row.address_line2),
              postalCode: String(row.address_postal_code),
              region: text(row.address_region),
            },
            name: String(row.seller_name),
            prefix: text(row.certificate_prefix) ?? DEFAULT_CERTIFICATE_PREFIX,
            registrationNumber: text(row.registration_number),
            // Per seller, whatever its prefix: renaming the prefix continues the same series.
            seriesKey: `seller:${Number(row.seller_id)}`,
            timezone: text(row.seller_timezone) ?? 'Europe/Paris',
          },
    startsAt: new Date(row.starts_at as string),
    timezone: String(row.timezone),
    trainingHours: row.training_hours === null || row.training_hours === undefined ? null : Number(row.training_hours),
  }
}
