import type { PayloadRequest } from 'payload'

import type { AuditAction } from '../../constants'
import { insertAuditEntry } from '../../db/audit/insertAuditEntry'
import { auditSettings } from './auditSettings'

export type AuditEntry = {
  action: AuditAction
  /** The booking the action is about, when there is one (its admin page lists the entry). */
  bookingId?: null | number
  /** What was acted on, as `<collection>:<id>`, e.g. `bookings:12` or `city-events:3`. */
  target?: null | string
  /** What the action did (amounts, ids, counts). Never personal data in clear: seal it (sealPersonalChanges) or hash it (emailHash). */
  details?: Record<string, unknown>
}

/**
 * Records a staff action (or a job's run) in the audit log, inside the transaction of the
 * action itself: the entry commits with it and rolls back with it, so an action that failed
 * leaves no entry and no entry exists without its action. The user is the request's signed-in
 * staff member (none for jobs); the IP is the request's client address. Throws when no
 * transaction is open: an entry written on its own could outlive a failed action.
 */
export const writeAuditEntry = async (req: PayloadRequest, entry: AuditEntry): Promise<number> => {
  if (!(await req.transactionID)) throw new Error('writeAuditEntry must run inside the transaction of the action it records')
  const settings = auditSettings(req.payload)
  const user = req.user as ({ collection?: string; id: number | string } & object) | null | undefined
  return insertAuditEntry(req, {
    action: entry.action,
    bookingId: entry.bookingId ?? null,
    details: entry.details ?? {},
    ip: settings.clientIpOf(req),
    target: entry.target ?? null,
    userId: user && user.collection === settings.usersCollection ? user.id : null,
  })
}
