import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import { newAuditSalt } from '../../security/auditSeal'
import { inList } from '../core/inList'
import { query } from '../core/query'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/** The record's salt, created on first use in the caller's transaction (concurrent first uses agree on one). */
export const ensureAuditSalt = async (req: Req, subject: string): Promise<string> => {
  await query(req, sql`INSERT INTO ticketing_audit_keys (subject, salt) VALUES (${subject}, ${newAuditSalt()}) ON CONFLICT (subject) DO NOTHING`)
  const [row] = await query<{ salt: string }>(req, sql`SELECT salt FROM ticketing_audit_keys WHERE subject = ${subject}`)
  return row!.salt
}

/** The salts that still exist among `subjects` (an erased record has none). */
export const findAuditSalts = async (req: Req, subjects: string[]): Promise<Map<string, string>> => {
  if (!subjects.length) return new Map()
  const rows = await query<{ salt: string; subject: string }>(req, sql`SELECT subject, salt FROM ticketing_audit_keys WHERE subject IN ${inList(subjects)}`)
  return new Map(rows.map((row) => [row.subject, row.salt]))
}

/** Forgets the salts of erased records: what was sealed under them can never be opened again. */
export const deleteAuditSalts = async (req: Req, subjects: string[]): Promise<number> => {
  if (!subjects.length) return 0
  return (await query(req, sql`DELETE FROM ticketing_audit_keys WHERE subject IN ${inList(subjects)} RETURNING 1`)).length
}
