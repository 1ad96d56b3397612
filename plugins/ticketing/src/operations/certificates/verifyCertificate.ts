import { sql } from '@payloadcms/db-postgres/drizzle'
import { timingSafeEqual } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { query } from '../../db/core/query'
import type { FrozenCertificate } from '../../documents/types'

export type CertificateCheck = {
  attendeeName: string
  city: string
  endsAt: string
  eventTitle: string
  hours: number
  issuedAt: string
  number: string
  startsAt: string
  status: 'REVOKED' | 'VALID'
}

const sameCode = (a: string, b: string) => {
  const x = Buffer.from(a.toUpperCase())
  const y = Buffer.from(b.toUpperCase())
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * What anyone holding a certificate's number and verification code may learn: what it certifies
 * and whether it still stands. Null for any other number or code (nothing tells which was wrong).
 */
export const verifyCertificate = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, number: string, code: string): Promise<CertificateCheck | null> => {
  if (!number || number.length > 40 || !code || code.length > 40) return null
  const [row] = await query<{ frozen: FrozenCertificate; status: 'REVOKED' | 'VALID'; verification_code: string }>(
    req,
    sql`SELECT frozen, status, verification_code FROM certificates WHERE number = ${number}`,
  )
  if (!row || !sameCode(row.verification_code, code.replace(/[\s-]/g, ''))) return null
  const { frozen } = row
  return {
    attendeeName: frozen.attendeeName,
    city: frozen.service.city,
    endsAt: frozen.service.endsAt,
    eventTitle: frozen.service.title,
    hours: frozen.hours,
    issuedAt: frozen.issuedAt,
    number: frozen.number,
    startsAt: frozen.service.startsAt,
    status: row.status,
  }
}
