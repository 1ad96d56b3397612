import type { CollectionConfig, Field } from 'payload'

import { INVOICE_KINDS, options } from '../../constants'
import { moneyField } from '../../fields/moneyField'
import { withLabels } from '../../fields/withLabels'
import { TICKETING_GROUP, tl } from '../../translations'
import type { SanitizedTicketingPluginConfig } from '../../types'

const frozen = (field: Field): Field => ({ ...field, admin: { ...field.admin, readOnly: true } }) as Field

/**
 * `invoices`: invoices and credit notes, issued by the plugin only (operations/invoices) and
 * frozen at issue: `data` holds every value the document prints. Nobody creates, edits or
 * deletes one through Payload, and PostgreSQL refuses UPDATE and DELETE on the table
 * (db/schema/invoiceTables). Finance and admins read them.
 */
export const createInvoicesCollection = (config: SanitizedTicketingPluginConfig): CollectionConfig => ({
  slug: config.slugs.invoices,
  access: { create: () => false, delete: () => false, read: config.access.canManageSales, update: () => false },
  admin: {
    components: config.disabled ? {} : { beforeListTable: ['@masterclass/plugin-ticketing/client#ExportInvoicesButton'] },
    defaultColumns: ['number', 'kind', 'issuedAt', 'booking', 'buyerName', 'buyerCompany', 'total', 'currency'],
    group: TICKETING_GROUP,
    listSearchableFields: ['number', 'buyerName', 'buyerCompany'],
    useAsTitle: 'number',
  },
  defaultSort: '-issuedAt',
  fields: withLabels([
    frozen({ name: 'number', type: 'text', index: true, required: true, unique: true }),
    frozen({ name: 'kind', type: 'select', options: options(INVOICE_KINDS), required: true }),
    frozen({ name: 'issuedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, index: true, required: true }),
    frozen({ name: 'seller', type: 'relationship', index: true, relationTo: config.slugs.sellers, required: true }),
    frozen({ name: 'booking', type: 'relationship', index: true, relationTo: config.slugs.bookings, required: true }),
    frozen({ name: 'relatedInvoice', type: 'relationship', relationTo: config.slugs.invoices }),
    frozen({ name: 'year', type: 'number', required: true }),
    frozen({ name: 'sequence', type: 'number', required: true }),
    frozen({ name: 'buyerName', type: 'text' }),
    frozen({ name: 'buyerCompany', type: 'text' }),
    frozen({ name: 'currency', type: 'text', maxLength: 3, required: true }),
    {
      type: 'row',
      fields: [
        frozen(moneyField({ name: 'totalExclTax', required: true })),
        frozen(moneyField({ name: 'tax', required: true })),
        frozen(moneyField({ name: 'total', required: true })),
      ],
    },
    // The ledger object or correction that issued the document (pi_…, re_…, du_…, reissue:…): one document each.
    frozen({ name: 'source', type: 'text', access: { read: () => true }, admin: { hidden: true }, required: true, unique: true }),
    frozen({ name: 'data', type: 'json', admin: { description: tl('invoiceDataDescription') }, required: true }),
  ]),
  labels: { plural: tl('invoices'), singular: tl('invoice') },
})
