import type { CollectionConfig, FieldAccess } from 'payload'

import type { SanitizedTicketingPluginConfig } from '../../types'

/**
 * Finance and admins manage bookings; editors read them without payment details (see
 * `salesOnly`). Visitors never list bookings: they read their own through the token endpoint.
 * Nobody deletes a booking: it is cancelled, expired or refunded instead.
 */
export const bookingsAccess = ({ access }: SanitizedTicketingPluginConfig): CollectionConfig['access'] => ({
  create: access.canManageSales,
  delete: () => false,
  read: async ({ req }) => (await access.canManageSales({ req })) || (await access.canManageEvents({ req })),
  update: access.canManageSales,
})

/** Field access for payment details: finance and admins only. */
export const salesOnly =
  ({ access }: SanitizedTicketingPluginConfig): FieldAccess =>
  ({ req }) =>
    access.canManageSales({ req })
