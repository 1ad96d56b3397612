import { APIError, type CollectionConfig } from 'payload'

import { AUDIT_ACTIONS } from '../../constants'
import { withLabels } from '../../fields/withLabels'
import { TICKETING_GROUP, tl } from '../../translations'
import type { TicketingTranslationKey } from '../../translations/languages/en'
import type { SanitizedTicketingPluginConfig } from '../../types'

const never = () => false

/** Even the Local API with full access cannot write an entry: they come only from writeAuditEntry, in the action's own transaction. */
const appendOnly = () => {
  throw new APIError('Audit-log entries are written by the actions they record and are never changed or deleted.', 403, undefined, true)
}

/**
 * `audit-log`: who did what to money or personal data — refunds, confirmations resent, event
 * cancellations, edits of buyer and attendee data, erasures and exports — with the staff user,
 * client IP, booking, target (`bookings:12`) and details. Admins read it; nobody writes it
 * through any API, and PostgreSQL refuses UPDATE, DELETE and TRUNCATE (db/schema/auditLogAppendOnly).
 */
export const createAuditLogCollection = (config: SanitizedTicketingPluginConfig): CollectionConfig => ({
  slug: config.slugs.auditLog,
  access: { create: never, delete: never, read: config.access.isAdmin, update: never },
  admin: {
    defaultColumns: ['createdAt', 'action', 'user', 'target', 'booking', 'ip'],
    description: tl('auditLogDescription') as never,
    group: TICKETING_GROUP,
    listSearchableFields: ['target'],
    useAsTitle: 'target',
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  fields: withLabels([
    {
      name: 'action',
      type: 'select',
      index: true,
      label: tl('auditAction'),
      options: AUDIT_ACTIONS.map((value) => ({ label: tl(`auditAction_${value.replace('.', '_')}` as TicketingTranslationKey), value })),
      required: true,
    },
    { name: 'user', type: 'relationship', index: true, label: tl('auditUser'), relationTo: config.slugs.users },
    { name: 'ip', type: 'text', label: tl('auditIp') },
    { name: 'booking', type: 'relationship', index: true, relationTo: config.slugs.bookings },
    { name: 'target', type: 'text', index: true, label: tl('auditTarget') },
    { name: 'details', type: 'json', label: tl('auditDetails') },
  ]),
  hooks: { beforeChange: [appendOnly], beforeDelete: [appendOnly] },
  labels: { plural: tl('auditLog'), singular: tl('auditEntry') },
})
