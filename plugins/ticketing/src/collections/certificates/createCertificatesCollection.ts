import type { CollectionConfig } from 'payload'

import { withLabels } from '../../fields/withLabels'
import { TICKETING_GROUP, tl } from '../../translations'
import type { SanitizedTicketingPluginConfig } from '../../types'

const readOnly = { create: () => false, update: () => false }
export const CERTIFICATE_STATUSES = ['VALID', 'REVOKED'] as const

/**
 * `certificates`: certificates of attendance, one per attendee at most, numbered without gaps
 * per series and year (db/certificates/insertCertificate). Everything printed is frozen in
 * `frozen` when it is issued; only `status` changes (REVOKED when the booking is refunded in
 * full, by a trigger on bookings) and `emailedAt`. Nobody creates, edits or deletes one by hand.
 */
export const createCertificatesCollection = (config: SanitizedTicketingPluginConfig): CollectionConfig => {
  const { access, slugs } = config
  return {
    slug: slugs.certificates,
    access: { create: () => false, delete: () => false, read: async ({ req }) => (await access.canManageSales({ req })) || (await access.canManageEvents({ req })), update: () => false },
    admin: { defaultColumns: ['number', 'attendee', 'cityEvent', 'status', 'issuedAt', 'emailedAt'], group: TICKETING_GROUP, useAsTitle: 'number' },
    defaultSort: '-issuedAt',
    fields: withLabels([
      { name: 'number', type: 'text', access: readOnly, required: true, unique: true },
      { name: 'seriesKey', type: 'text', access: readOnly, admin: { hidden: true }, required: true },
      { name: 'year', type: 'number', access: readOnly, admin: { hidden: true }, required: true },
      { name: 'sequence', type: 'number', access: readOnly, admin: { hidden: true }, required: true },
      { name: 'attendee', type: 'relationship', access: readOnly, label: tl('attendee'), relationTo: slugs.attendees, required: true, unique: true },
      { name: 'booking', type: 'relationship', access: readOnly, index: true, relationTo: slugs.bookings, required: true },
      { name: 'cityEvent', type: 'relationship', access: readOnly, index: true, relationTo: slugs.cityEvents, required: true },
      {
        name: 'status',
        type: 'select',
        access: readOnly,
        defaultValue: 'VALID',
        label: tl('certificateStatus'),
        options: CERTIFICATE_STATUSES.map((value) => ({ label: tl(`status_${value}` as never), value })),
        required: true,
      },
      { name: 'issuedAt', type: 'date', access: readOnly, admin: { date: { pickerAppearance: 'dayAndTime' } }, required: true },
      { name: 'revokedAt', type: 'date', access: readOnly, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'emailedAt', type: 'date', access: readOnly, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      // The code that proves the certificate with its number (printed on it): read by the plugin only.
      { name: 'verificationCode', type: 'text', access: { create: () => false, read: () => false, update: () => false }, admin: { hidden: true }, required: true },
      { name: 'frozen', type: 'json', access: readOnly, admin: { hidden: true }, required: true },
    ]),
    indexes: [{ fields: ['seriesKey', 'year', 'sequence'], unique: true }],
    labels: { plural: tl('certificates'), singular: tl('certificate') },
  }
}
