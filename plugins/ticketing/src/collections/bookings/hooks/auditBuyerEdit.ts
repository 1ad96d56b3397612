import type { CollectionAfterChangeHook } from 'payload'

import { auditPersonalEdit } from '../../../operations/audit/auditPersonalEdit'

/** The booking fields whose edits are audited: the buyer's data, the booking's language and the internal notes. */
export const BUYER_FIELDS = ['buyer.name', 'buyer.email', 'buyer.phone', 'locale', 'notes'] as const

/** An edit of the buyer's data (admin, REST, Local API) is recorded in the audit log, in the edit's own transaction. */
export const auditBuyerEdit: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (operation !== 'update') return doc
  const bookingId = Number(doc.id)
  await auditPersonalEdit(req, { action: 'booking.update', after: doc, before: previousDoc, bookingId, fields: BUYER_FIELDS, subject: `${collection.slug}:${bookingId}` })
  return doc
}
