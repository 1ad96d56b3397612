import type { CollectionConfig } from 'payload'
import { TICKETING_GROUP, tl } from '../../translations'

import { LEDGER_KINDS, options } from '../../constants'
import { withLabels } from '../../fields/withLabels'
import { moneyField } from '../../fields/moneyField'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { systemDateAdmin } from '../../fields/dateTimeAdmin'

/** `booking-payments`: the append-only ledger of payments, refunds and disputes. Finance reads it; nobody edits it. */
export const createBookingPaymentsCollection = (config: SanitizedTicketingPluginConfig): CollectionConfig => ({
  slug: config.slugs.bookingPayments,
  access: { create: () => false, delete: () => false, read: config.access.canManageSales, update: () => false },
  admin: {
    defaultColumns: ['stripeObjectId', 'kind', 'booking', 'amount', 'currency', 'status', 'createdAt'],
    group: TICKETING_GROUP,
    useAsTitle: 'stripeObjectId',
  },
  defaultSort: '-createdAt',
  fields: withLabels([
    { name: 'booking', type: 'relationship', index: true, relationTo: config.slugs.bookings, required: true },
    { name: 'kind', type: 'select', options: options(LEDGER_KINDS), required: true },
    { name: 'stripeObjectId', type: 'text', index: true, required: true, unique: true },
    moneyField({ name: 'amount', required: true }),
    { name: 'currency', type: 'text', maxLength: 3, required: true },
    { name: 'status', type: 'text', admin: { components: { Cell: '@masterclass/plugin-ticketing/client#LedgerStatusCell' } }, required: true },
    { name: 'failureCode', type: 'text' },
    { name: 'failureMessage', type: 'text' },
    { name: 'stripeEventId', type: 'text', index: true },
    { name: 'occurredAt', type: 'date', admin: systemDateAdmin },
  ]),
  labels: { plural: tl('ledgerEntries'), singular: tl('ledgerEntry') },
})
