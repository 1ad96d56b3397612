import type { CollectionConfig, Field } from 'payload'
import { TICKETING_GROUP, tl } from '../../translations'
import { withLabels } from '../../fields/withLabels'

import { BOOKING_LOCALES, BOOKING_STATUSES, options, PAYMENT_STATUSES, TICKET_TYPES } from '../../constants'
import { moneyField } from '../../fields/moneyField'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { bookingsAccess, salesOnly } from './access'
import { addBuyerAsAttendee } from './hooks/addBuyerAsAttendee'
import { auditBuyerEdit } from './hooks/auditBuyerEdit'
import { priceNewBooking } from './hooks/priceNewBooking'
import { protectBooking } from './hooks/protectBooking'
import { systemDateAdmin } from '../../fields/dateTimeAdmin'

const STATUS_CELL = '@masterclass/plugin-ticketing/client#StatusCell'
const systemOnly = { create: () => false, update: () => false }

/** A field the system writes and staff only read (prices, statuses, Stripe ids). */
const system = (field: Field): Field => ({
  ...field,
  access: { ...systemOnly, ...('access' in field ? field.access : {}) },
  admin: { ...field.admin, readOnly: true },
} as Field)

/** `bookings`: one purchase of N seats, priced and held by the server. */
export const createBookingsCollection = (config: SanitizedTicketingPluginConfig): CollectionConfig => {
  const paymentDetail = { read: salesOnly(config) }
  return {
    slug: config.slugs.bookings,
    access: bookingsAccess(config),
    admin: {
      components: config.disabled
        ? {}
        : {
            beforeListTable: [
              '@masterclass/plugin-ticketing/client#ExportCsvButton',
              { path: '@masterclass/plugin-ticketing/rsc#PrivacyTools', serverProps: { canUse: config.access.isAdmin } },
              { path: '@masterclass/plugin-ticketing/rsc#BookingFilters', serverProps: { cityEventsSlug: config.slugs.cityEvents } },
            ],
          },
      defaultColumns: ['reference', 'cityEvent', 'buyer', 'status', 'paymentStatus', 'total', 'createdAt'],
      group: TICKETING_GROUP,
      // Not buyer.email: editors, who may not query it, search this list too (finance filters by email).
      listSearchableFields: ['reference', 'buyer.name'],
      useAsTitle: 'reference',
    },
    defaultSort: '-createdAt',
    fields: withLabels([
      // The booking whole at the top of its page: badges, money, actions, attendees (UI only: no column).
      ...(config.disabled
        ? []
        : [
            {
              name: 'overview',
              type: 'ui',
              admin: {
                components: {
                  Field: {
                    path: '@masterclass/plugin-ticketing/rsc#BookingOverview',
                    serverProps: { attendeesSlug: config.slugs.attendees, bookingsSlug: config.slugs.bookings, canManage: config.access.canManageSales, cityEventsSlug: config.slugs.cityEvents },
                  },
                },
                disableListColumn: true,
              },
              label: tl('bookingOverview'),
            } as Field,
          ]),
      system({ name: 'reference', type: 'text', index: true, unique: true }),
      { name: 'cityEvent', type: 'relationship', access: { update: () => false }, index: true, relationTo: config.slugs.cityEvents, required: true },
      system({ name: 'status', type: 'select', admin: { components: { Cell: STATUS_CELL }, position: 'sidebar' }, defaultValue: 'PENDING', options: options(BOOKING_STATUSES) }),
      system({ name: 'paymentStatus', type: 'select', admin: { components: { Cell: STATUS_CELL }, position: 'sidebar' }, defaultValue: 'PENDING', index: true, options: options(PAYMENT_STATUSES) }),
      system({ name: 'ticketType', type: 'select', options: options(TICKET_TYPES) }),
      { name: 'quantity', type: 'number', access: { update: () => false }, min: 1, required: true },
      system({ name: 'currency', type: 'text', maxLength: 3 }),
      {
        type: 'row',
        fields: [
          system(moneyField({ name: 'unitPrice' })),
          system(moneyField({ name: 'subtotal' })),
          system(moneyField({ name: 'discount' })),
          system(moneyField({ name: 'total' })),
          system(moneyField({ name: 'amountRefunded', overrides: { access: paymentDetail, defaultValue: 0 } })),
        ],
      },
      // The promo code applied at booking (its text as typed, upper-case) and what it took off; the id counts its seats.
      {
        type: 'row',
        fields: [
          system({ name: 'promoCode', type: 'text', index: true, maxLength: 32 }),
          system(moneyField({ name: 'promoDiscount', overrides: { defaultValue: 0 } })),
        ],
      },
      { name: 'promoCodeId', type: 'number', hidden: true, index: true },
      {
        name: 'buyer',
        type: 'group',
        admin: { components: { Cell: '@masterclass/plugin-ticketing/client#BuyerCell' } },
        fields: [
          { name: 'name', type: 'text', maxLength: 200, required: true },
          // The buyer's contact data: finance and admins only (editors see the name).
          { name: 'email', type: 'email', access: paymentDetail, index: true, required: true },
          { name: 'phone', type: 'text', access: paymentDetail, maxLength: 32 },
        ],
      },
      // Who the invoice is made out to, when the buyer asked for their employer or organisation (domain/invoiceDetails).
      {
        name: 'invoiceDetails',
        type: 'json',
        access: { create: () => false, update: () => false },
        admin: { description: tl('invoiceDetailsDescription'), readOnly: true },
      },
      // The host's languages (French and English labelled in the admin's language); its default when none is given.
      {
        name: 'locale',
        type: 'select',
        defaultValue: config.locales.defaultLocale,
        options: config.locales.codes.map((code) => (BOOKING_LOCALES.includes(code as never) ? options([code])[0] : { label: code, value: code })),
      },
      system({ name: 'expiresAt', type: 'date', admin: { ...systemDateAdmin, position: 'sidebar' }, index: true }),
      system({ name: 'confirmedAt', type: 'date', admin: { ...systemDateAdmin, position: 'sidebar' } }),
      system({ name: 'cancelledAt', type: 'date', admin: { ...systemDateAdmin, position: 'sidebar' } }),
      // Set when the buyer's personal data was erased (operations/privacy): names, emails and phones are markers from then on.
      system({ name: 'erasedAt', type: 'date', admin: { ...systemDateAdmin, condition: (data) => Boolean(data?.erasedAt), position: 'sidebar' } }),
      system({ name: 'paymentIntentId', type: 'text', access: paymentDetail, index: true, unique: true }),
      system({ name: 'stripeCustomerId', type: 'text', access: paymentDetail }),
      { name: 'accessTokenHash', type: 'text', hidden: true },
      { name: 'notes', type: 'textarea', access: paymentDetail, admin: { description: tl('notesDescription') } },
      // Emails and ledger timeline, for finance and admins, and the audit entries for admins (UI only: no column).
      ...(config.disabled
        ? []
        : [
            {
              name: 'activity',
              type: 'ui',
              admin: { components: { Field: { path: '@masterclass/plugin-ticketing/rsc#BookingActivity', serverProps: { canSee: config.access.canManageSales, canSeeAudit: config.access.isAdmin } } } },
              label: tl('activityLedger'),
            } as Field,
          ]),
    ]),
    hooks: {
      afterChange: [addBuyerAsAttendee(config), auditBuyerEdit],
      beforeChange: [priceNewBooking(config), protectBooking],
    },
    labels: { plural: tl('bookings'), singular: tl('booking') },
  }
}
