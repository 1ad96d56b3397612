import type { CollectionConfig } from 'payload'

import type { SanitizedTicketingPluginConfig } from '../../types'

/** Visitors read every event but drafts; event managers edit; nobody deletes an event that sold seats (admins only). */
export const cityEventsAccess = ({ access }: SanitizedTicketingPluginConfig): CollectionConfig['access'] => ({
  create: access.canManageEvents,
  delete: access.isAdmin,
  read: async ({ req }) => ((await access.isStaff({ req })) ? true : { status: { not_equals: 'DRAFT' } }),
  update: access.canManageEvents,
})
