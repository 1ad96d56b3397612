import type { CollectionConfig } from 'payload'
import { TICKETING_GROUP, tl } from '../../translations'

import { EMAIL_KINDS, EMAIL_STATUSES, options } from '../../constants'
import { withLabels } from '../../fields/withLabels'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { systemDateAdmin } from '../../fields/dateTimeAdmin'

const readOnly = { create: () => false, update: () => false }

/**
 * `booking-emails`: every email the plugin queues for a booking, and what became of it
 * (queued, sent, failed with the SMTP error, attempts). Written by the system in the same
 * transaction as the change that caused the email, updated by the email job; finance reads it.
 */
export const createBookingEmailsCollection = (config: SanitizedTicketingPluginConfig): CollectionConfig => ({
  slug: config.slugs.bookingEmails,
  access: { create: () => false, delete: () => false, read: config.access.canManageSales, update: () => false },
  admin: {
    defaultColumns: ['booking', 'kind', 'status', 'attempts', 'sentAt', 'createdAt'],
    group: TICKETING_GROUP,
    useAsTitle: 'kind',
  },
  defaultSort: '-createdAt',
  fields: withLabels([
    { name: 'booking', type: 'relationship', access: readOnly, index: true, relationTo: config.slugs.bookings, required: true },
    { name: 'kind', type: 'select', access: readOnly, label: tl('emailKind'), options: options(EMAIL_KINDS), required: true },
    { name: 'status', type: 'select', access: readOnly, defaultValue: 'QUEUED', index: true, options: options(EMAIL_STATUSES), required: true },
    { name: 'attempts', type: 'number', access: readOnly, defaultValue: 0 },
    { name: 'lastError', type: 'textarea', access: readOnly },
    { name: 'sentAt', type: 'date', access: readOnly, admin: systemDateAdmin },
  ]),
  labels: { plural: tl('bookingEmails'), singular: tl('bookingEmail') },
})
