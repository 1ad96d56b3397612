import type { CollectionConfig, Field } from 'payload'

import { withLabels } from '../../fields/withLabels'
import { TICKETING_GROUP, tl } from '../../translations'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { validateSeller } from './validateSeller'

/**
 * `sellers`: the legal entity that sells an event's seats and issues its invoices
 * (docs/decisions/invoices.md). Its blocks are copied onto each document at issue, so editing a
 * seller never changes an invoice already issued. Finance and admins manage sellers.
 */
export const createSellersCollection = (config: SanitizedTicketingPluginConfig, hasMedia: boolean): CollectionConfig => ({
  slug: config.slugs.sellers,
  access: { create: config.access.canManageSales, delete: config.access.isAdmin, read: config.access.isStaff, update: config.access.canManageSales },
  admin: {
    defaultColumns: ['name', 'legalForm', 'registrationNumber', 'invoicePrefix', 'creditNotePrefix'],
    group: TICKETING_GROUP,
    useAsTitle: 'name',
  },
  fields: withLabels([
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', maxLength: 200, required: true },
        { name: 'legalForm', type: 'text', maxLength: 60 },
        { name: 'shareCapital', type: 'text', maxLength: 60 },
      ],
    },
    {
      name: 'address',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'line1', type: 'text', maxLength: 200, required: true },
            { name: 'line2', type: 'text', maxLength: 200 },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'postalCode', type: 'text', maxLength: 20, required: true },
            { name: 'city', type: 'text', maxLength: 100, required: true },
            { name: 'region', type: 'text', maxLength: 100 },
            { name: 'country', type: 'text', admin: { description: tl('countryDescription') }, maxLength: 2, minLength: 2, required: true },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'registrationNumber', type: 'text', admin: { description: tl('registrationNumberDescription') }, maxLength: 40 },
        { name: 'registryCity', type: 'text', maxLength: 100 },
        { name: 'vatNumber', type: 'text', maxLength: 20 },
      ],
    },
    {
      name: 'taxes',
      type: 'array',
      admin: { description: tl('taxesDescription') },
      labels: { plural: tl('taxes'), singular: tl('tax') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', maxLength: 20, required: true },
            { name: 'ratePercent', type: 'text', admin: { description: tl('ratePercentDescription') }, required: true },
            { name: 'number', type: 'text', maxLength: 40 },
          ],
        },
      ],
      maxRows: 3,
    },
    { name: 'exemptionText', type: 'text', admin: { description: tl('exemptionTextDescription') }, maxLength: 200 },
    {
      type: 'row',
      fields: [
        // Unique across sellers: a document is found by its number alone (downloads, reissue, the accountant).
        { name: 'invoicePrefix', type: 'text', defaultValue: 'FA', maxLength: 10, required: true, unique: true },
        { name: 'creditNotePrefix', type: 'text', defaultValue: 'AV', maxLength: 10, required: true, unique: true },
        { name: 'certificatePrefix', type: 'text', defaultValue: 'AT', maxLength: 10 },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'timezone', type: 'text', admin: { description: tl('sellerTimezoneDescription') }, defaultValue: 'Europe/Paris', required: true },
        { name: 'email', type: 'email', admin: { description: tl('sellerEmailDescription') } },
      ],
    },
    ...(hasMedia && config.mediaCollection ? [{ name: 'logo', type: 'upload', relationTo: config.mediaCollection } as Field] : []),
  ]),
  hooks: { beforeValidate: [validateSeller] },
  labels: { plural: tl('sellers'), singular: tl('seller') },
})
