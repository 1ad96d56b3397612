import type { CollectionConfig } from 'payload'
import { withLabels } from '../../fields/withLabels'
import { TICKETING_GROUP, tl } from '../../translations'

import type { SanitizedTicketingPluginConfig } from '../../types'
import { salesOnly } from '../bookings/access'
import { auditAttendeeEdit } from './hooks/auditAttendeeEdit'

/** `attendees`: one row per seat of a booking; the ticket code is set when the booking is confirmed. Editors see neither emails nor codes. */
export const createAttendeesCollection = (config: SanitizedTicketingPluginConfig): CollectionConfig => {
  const { access, slugs } = config
  const readOnly = { create: () => false, update: () => false }
  // Contact data and ticket codes: finance and admins only (editors see names and seats).
  const salesRead = { read: salesOnly(config) }
  return {
    slug: slugs.attendees,
    access: {
      create: () => false,
      delete: () => false,
      read: async ({ req }) => (await access.canManageSales({ req })) || (await access.canManageEvents({ req })),
      update: access.canManageSales,
    },
    admin: {
      components: config.disabled
        ? {}
        : { edit: { beforeDocumentControls: [{ clientProps: { mode: 'attendee' }, path: '@masterclass/plugin-ticketing/rsc#IssueCertificatesAction', serverProps: { canUse: access.isAdmin } }] } },
      defaultColumns: ['name', 'email', 'booking', 'cityEvent', 'ticketCode'],
      group: TICKETING_GROUP,
      // Names only: editors, who may not query emails or codes, search this list too (finance filters by them).
      listSearchableFields: ['name'],
      useAsTitle: 'name',
    },
    fields: withLabels([
      { name: 'booking', type: 'relationship', access: readOnly, admin: { readOnly: true }, index: true, relationTo: slugs.bookings, required: true },
      { name: 'cityEvent', type: 'relationship', access: readOnly, admin: { readOnly: true }, index: true, relationTo: slugs.cityEvents, required: true },
      { name: 'name', type: 'text', maxLength: 200, required: true },
      { name: 'email', type: 'email', access: salesRead },
      { name: 'position', type: 'number', access: readOnly, admin: { readOnly: true }, min: 1, required: true },
      { name: 'ticketCode', type: 'text', access: { ...readOnly, ...salesRead }, admin: { readOnly: true }, index: true, unique: true },
      // The QR code's secret: never shown in the admin, read only by the plugin's own SQL.
      { name: 'qrSecret', type: 'text', access: { create: () => false, read: () => false, update: () => false }, admin: { hidden: true }, index: true, unique: true },
    ]),
    hooks: { afterChange: [auditAttendeeEdit] },
    labels: { plural: tl('attendees'), singular: tl('attendee') },
  }
}
