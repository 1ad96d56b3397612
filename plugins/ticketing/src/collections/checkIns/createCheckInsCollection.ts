import type { CollectionConfig } from 'payload'

import { withLabels } from '../../fields/withLabels'
import { TICKETING_GROUP, tl } from '../../translations'
import type { SanitizedTicketingPluginConfig } from '../../types'

const readOnly = { create: () => false, update: () => false }

/**
 * `check-ins`: one row per attendee let in, per local day of the event. Written only by the
 * scan endpoint (one statement, db/checkIns/scanTicket); the unique index on (attendee, day)
 * decides between two scans of one ticket at once. Undone only through the undo endpoint,
 * which records it in the audit log.
 */
export const createCheckInsCollection = (config: SanitizedTicketingPluginConfig): CollectionConfig => {
  const { access, slugs } = config
  return {
    slug: slugs.checkIns,
    access: {
      create: () => false,
      delete: () => false,
      read: async ({ req }) => (await access.canCheckIn({ req })) || (await access.canManageSales({ req })),
      update: () => false,
    },
    admin: {
      defaultColumns: ['attendee', 'cityEvent', 'day', 'checkedInAt', 'checkedInBy', 'deviceId'],
      group: TICKETING_GROUP,
      useAsTitle: 'day',
    },
    defaultSort: '-checkedInAt',
    fields: withLabels([
      { name: 'attendee', type: 'relationship', access: readOnly, label: tl('attendee'), relationTo: slugs.attendees, required: true },
      { name: 'cityEvent', type: 'relationship', access: readOnly, index: true, relationTo: slugs.cityEvents, required: true },
      { name: 'booking', type: 'relationship', access: readOnly, index: true, relationTo: slugs.bookings, required: true },
      { name: 'day', type: 'text', access: readOnly, maxLength: 10, required: true },
      { name: 'checkedInAt', type: 'date', access: readOnly, admin: { date: { pickerAppearance: 'dayAndTime' } }, required: true },
      { name: 'checkedInBy', type: 'relationship', access: readOnly, relationTo: slugs.users },
      { name: 'deviceId', type: 'text', access: readOnly, maxLength: 100 },
      { name: 'requestId', type: 'text', access: readOnly, admin: { hidden: true }, maxLength: 100 },
    ]),
    // One check-in per attendee and event day: the database refuses the second.
    indexes: [{ fields: ['attendee', 'day'], unique: true }],
    labels: { plural: tl('checkIns'), singular: tl('checkIn') },
    timestamps: true,
  }
}
