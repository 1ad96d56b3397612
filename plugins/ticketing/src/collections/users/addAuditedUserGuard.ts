import { APIError, type CollectionBeforeDeleteHook, type CollectionConfig } from 'payload'

import { userHasAuditEntries } from '../../db/audit/userHasAuditEntries'

/** Refuses, with the reason, to delete a staff user the audit log names (PostgreSQL would refuse anyway: the log is append-only). */
const keepAuditedUser: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (await userHasAuditEntries(req, id)) {
    throw new APIError('This staff member appears in the audit log, which keeps who did what: remove their roles instead of deleting them.', 409, undefined, true)
  }
}

/** The host's staff users collection, with the guard first among its beforeDelete hooks. */
export const addAuditedUserGuard = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeDelete: [keepAuditedUser, ...(collection.hooks?.beforeDelete ?? [])] },
})
