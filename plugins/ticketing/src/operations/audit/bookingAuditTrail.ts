import type { PayloadRequest } from 'payload'

import { findAuditSalts } from '../../db/audit/auditSalts'
import { type AuditEntryRow, findBookingAuditEntries } from '../../db/audit/findBookingAuditEntries'
import type { FieldChange } from '../../domain/changedFields'
import { openAuditValue } from '../../security/auditSeal'
import { auditSettings } from './auditSettings'

export type AuditTrailEntry = AuditEntryRow & {
  /** An edit's values before and after, opened; 'erased' once the record's personal data was erased; null for other actions. */
  changes: 'erased' | null | Record<string, FieldChange>
  /** The staff member, by email when the users collection has one; null for jobs. */
  user: null | string
}

const isEdit = (entry: AuditEntryRow) => typeof entry.details.changes === 'string' && Boolean(entry.target)

/** A booking's audit entries for its admin page (admins only: the caller checks), edits opened while the data is still held. */
export const bookingAuditTrail = async (req: PayloadRequest, bookingId: number): Promise<AuditTrailEntry[]> => {
  const entries = await findBookingAuditEntries(req, bookingId)
  const salts = await findAuditSalts(req, [...new Set(entries.filter(isEdit).map((entry) => entry.target as string))])
  const userIds = [...new Set(entries.flatMap((entry) => (entry.userId === null ? [] : [entry.userId])))]
  const users = userIds.length
    ? await req.payload.find({ collection: auditSettings(req.payload).usersCollection as never, depth: 0, limit: userIds.length, pagination: false, req, where: { id: { in: userIds } } })
    : { docs: [] }
  const labels = new Map(users.docs.map((doc) => [Number((doc as { id: unknown }).id), String((doc as { email?: unknown }).email ?? (doc as { id: unknown }).id)]))
  return entries.map((entry) => {
    let changes: AuditTrailEntry['changes'] = null
    if (isEdit(entry)) {
      const salt = salts.get(entry.target as string)
      const opened = salt ? openAuditValue({ salt, sealed: entry.details.changes, secret: req.payload.secret, subject: entry.target as string }) : undefined
      changes = opened && typeof opened === 'object' ? (opened as Record<string, FieldChange>) : 'erased'
    }
    return { ...entry, changes, user: entry.userId === null ? null : (labels.get(entry.userId) ?? `#${entry.userId}`) }
  })
}
