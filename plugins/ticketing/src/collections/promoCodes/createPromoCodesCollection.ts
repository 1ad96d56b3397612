import type { CollectionConfig } from 'payload'

import { PROMO_KINDS, options } from '../../constants'
import { currencyField } from '../../fields/currencyField'
import { moneyField } from '../../fields/moneyField'
import { withLabels } from '../../fields/withLabels'
import { TICKETING_GROUP, tl } from '../../translations'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { readPromoUses } from './hooks/readPromoUses'
import { validatePromoCode } from './hooks/validatePromoCode'

const isFixed = (data: Record<string, unknown> | undefined) => data?.kind === 'FIXED_PER_SEAT'
const isPercent = (data: Record<string, unknown> | undefined) => data?.kind !== 'FIXED_PER_SEAT'

/**
 * `promo-codes`: a code visitors type at booking to take a percentage or a fixed amount per seat
 * off, after the group discount. Finance and admins manage them. The seats a code has discounted
 * are a counter the hold statement changes (db/schema/promoCodeSeats); `seatsUsed` shows it.
 */
export const createPromoCodesCollection = (config: SanitizedTicketingPluginConfig): CollectionConfig => ({
  slug: config.slugs.promoCodes,
  access: {
    create: config.access.canManageSales,
    delete: config.access.canManageSales,
    read: config.access.canManageSales,
    update: config.access.canManageSales,
  },
  admin: {
    defaultColumns: ['code', 'kind', 'percent', 'amountPerSeat', 'maxSeats', 'seatsUsed', 'active'],
    group: TICKETING_GROUP,
    useAsTitle: 'code',
  },
  defaultSort: 'code',
  fields: withLabels([
    {
      name: 'code',
      type: 'text',
      admin: { description: tl('promoCodeDescription') },
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)] },
      index: true,
      required: true,
      unique: true,
    },
    { name: 'kind', type: 'select', defaultValue: 'PERCENT', options: options(PROMO_KINDS), required: true },
    {
      type: 'row',
      fields: [
        { name: 'percent', type: 'number', admin: { condition: isPercent, step: 0.01 } },
        moneyField({ name: 'amountPerSeat', overrides: { admin: { components: { Cell: '@masterclass/plugin-ticketing/client#MoneyCell', Field: '@masterclass/plugin-ticketing/client#MoneyInput' }, condition: isFixed } } }),
        currencyField(config.currencies, { admin: { condition: isFixed }, required: false }),
      ],
    },
    { name: 'events', type: 'relationship', admin: { description: tl('promoEventsDescription') }, hasMany: true, relationTo: config.slugs.cityEvents },
    {
      type: 'row',
      fields: [
        { name: 'validFrom', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'validUntil', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'maxSeats', type: 'number', admin: { description: tl('promoMaxSeatsDescription') }, min: 1 },
    { name: 'combinesWithEarlyBird', type: 'checkbox', defaultValue: false },
    { name: 'active', type: 'checkbox', admin: { position: 'sidebar' }, defaultValue: true },
    {
      name: 'seatsUsed',
      type: 'number',
      access: { create: () => false, update: () => false },
      admin: { description: tl('promoSeatsUsedDescription'), position: 'sidebar', readOnly: true },
      virtual: true,
    },
  ]),
  hooks: { afterRead: [readPromoUses], beforeValidate: [validatePromoCode] },
  labels: { plural: tl('promoCodes'), singular: tl('promoCode') },
})
