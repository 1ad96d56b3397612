import type { PayloadRequest } from 'payload'

import { withTransaction } from '../../db/core/withTransaction'
import { emailHash } from '../../security/emailHash'
import { writeAuditEntry } from '../audit/writeAuditEntry'
import { exportSections } from './exportSections'

export type PersonalDataExport = { email: string; exportedAt: string } & Record<string, unknown[] | string>

/**
 * Everything the plugin holds about an address, as JSON (see exportSections), read in one
 * transaction with its audit entry: an export is in the audit log exactly when it was made,
 * and the entry names the address by a keyed hash only.
 */
export const exportPersonalData = async (req: PayloadRequest, email: string): Promise<PersonalDataExport> =>
  withTransaction(req, async () => {
    const result: PersonalDataExport = { email, exportedAt: new Date().toISOString() }
    const counts: Record<string, number> = {}
    for (const [key, collect] of Object.entries(exportSections)) {
      const items = await collect(req, email)
      result[key] = items
      counts[key] = items.length
    }
    const hash = emailHash(req.payload.secret, email)
    await writeAuditEntry(req, { action: 'privacy.export', details: { ...counts, emailHash: hash }, target: `email:${hash.slice(0, 16)}` })
    return result
  })
