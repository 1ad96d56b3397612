import type { PayloadRequest } from 'payload'

import type { AuditAction } from '../../constants'
import { ensureAuditSalt } from '../../db/audit/auditSalts'
import { changedFields } from '../../domain/changedFields'
import { sealAuditValue } from '../../security/auditSeal'
import { writeAuditEntry } from './writeAuditEntry'

type Edit = {
  action: Extract<AuditAction, 'attendee.update' | 'booking.update'>
  after: unknown
  before: unknown
  bookingId: number
  /** The dotted paths whose edits are recorded. */
  fields: readonly string[]
  /** The record edited, e.g. `bookings:12`: the target of the entry and the owner of the seal. */
  subject: string
}

/**
 * Records an edit of personal data (in the edit's transaction): which fields changed in clear,
 * their values before and after sealed under the record's salt, so the entry is readable by
 * admins until the record is erased, and unreadable for good after (see security/auditSeal).
 * Nothing is written when none of `fields` changed.
 */
export const auditPersonalEdit = async (req: PayloadRequest, edit: Edit): Promise<void> => {
  const changes = changedFields(edit.before, edit.after, edit.fields)
  const fields = Object.keys(changes)
  if (!fields.length) return
  const salt = await ensureAuditSalt(req, edit.subject)
  const sealed = sealAuditValue({ salt, secret: req.payload.secret, subject: edit.subject, value: changes })
  await writeAuditEntry(req, { action: edit.action, bookingId: edit.bookingId, details: { changes: sealed, fields }, target: edit.subject })
}
