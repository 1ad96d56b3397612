import type { CollectionConfig, FieldAccess } from 'payload'

import type { SanitizedTicketingPluginConfig } from '../../types'

/**
 * Finance and admins manage bookings; editors read them without payment details, the buyer's
 * email and phone (see `salesOnly`), nor attendees' emails and ticket codes. Visitors never list bookings: they read their own through the token endpoint.
 * Nobody deletes a booking: it is cancelled, expired or refunded instead.
 */
export const bookingsAccess = ({ access }: SanitizedTicketingPluginConfig): CollectionConfig['access'] => ({
  create: access.canManageSales,
  delete: () => false,
  read: async ({ req }) => (await access.canManageSales({ req })) || (await access.canManageEvents({ req })),
  update: access.canManageSales,
})

/** Field access for payment details and buyers' contact data (email, phone): finance and admins only. */
export const salesOnly =
  ({ access }: SanitizedTicketingPluginConfig): FieldAccess =>
  ({ req }) =>
    access.canManageSales({ req })
