import type { CollectionAfterChangeHook } from 'payload'

import { auditPersonalEdit } from '../../../operations/audit/auditPersonalEdit'

const idOf = (value: unknown) => Number(value && typeof value === 'object' ? (value as { id: unknown }).id : value)

/** An edit of an attendee's name or email is recorded in the audit log (on their booking's page too), in the edit's own transaction. */
export const auditAttendeeEdit: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  if (operation !== 'update') return doc
  await auditPersonalEdit(req, {
    action: 'attendee.update',
    after: doc,
    before: previousDoc,
    bookingId: idOf(doc.booking),
    fields: ['name', 'email'],
    subject: `${collection.slug}:${doc.id}`,
  })
  return doc
}
