import type { CollectionConfig } from 'payload'

import { options, WAITLIST_STATUSES } from '../../constants'
import { withLabels } from '../../fields/withLabels'
import { TICKETING_GROUP, tl } from '../../translations'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { readWaitlistPosition } from './hooks/readWaitlistPosition'

const readOnly = { create: () => false, update: () => false }

/**
 * `waitlist-entries`: visitors waiting for seats of a sold-out event, in the order they joined.
 * Entries are written only by the plugin's operations (join, offer, book, leave); sales staff
 * read them and can "offer now"; an admin may delete one. `position` is live (waiting entries
 * ahead of it, plus one).
 */
export const createWaitlistEntriesCollection = (config: SanitizedTicketingPluginConfig): CollectionConfig => ({
  slug: config.slugs.waitlistEntries,
  access: { create: () => false, delete: config.access.isAdmin, read: config.access.canManageSales, update: () => false },
  admin: {
    components: config.disabled ? {} : { edit: { beforeDocumentControls: ['@masterclass/plugin-ticketing/client#OfferNowAction'] } },
    defaultColumns: ['cityEvent', 'position', 'status', 'name', 'quantity', 'offeredQuantity', 'offerExpiresAt', 'createdAt'],
    group: TICKETING_GROUP,
    listSearchableFields: ['name', 'email'],
    useAsTitle: 'name',
  },
  defaultSort: 'createdAt',
  fields: withLabels([
    { name: 'cityEvent', type: 'relationship', access: readOnly, index: true, relationTo: config.slugs.cityEvents, required: true },
    { name: 'status', type: 'select', access: readOnly, admin: { position: 'sidebar' }, defaultValue: 'WAITING', index: true, options: options(WAITLIST_STATUSES), required: true },
    { name: 'position', type: 'number', access: readOnly, admin: { position: 'sidebar', readOnly: true }, virtual: true },
    { name: 'name', type: 'text', access: readOnly, maxLength: 200, required: true },
    { name: 'email', type: 'email', access: readOnly, index: true, required: true },
    {
      type: 'row',
      fields: [
        { name: 'quantity', type: 'number', access: readOnly, min: 1, required: true },
        { name: 'acceptPartial', type: 'checkbox', access: readOnly, defaultValue: false },
      ],
    },
    { name: 'locale', type: 'text', access: readOnly, maxLength: 16 },
    {
      type: 'row',
      fields: [
        { name: 'offeredQuantity', type: 'number', access: readOnly, admin: { readOnly: true } },
        { name: 'offeredAt', type: 'date', access: readOnly, admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true } },
        { name: 'offerExpiresAt', type: 'date', access: readOnly, admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true } },
      ],
    },
    { name: 'bookingReference', type: 'text', access: readOnly, admin: { readOnly: true } },
    // Signs the entry's token (operations/waitlist/waitlistToken); cleared when the entry is erased.
    { name: 'tokenNonce', type: 'text', hidden: true },
  ]),
  hooks: { afterRead: [readWaitlistPosition] },
  labels: { plural: tl('waitlistEntries'), singular: tl('waitlistEntry') },
})
