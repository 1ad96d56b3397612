import type { CollectionConfig, Field } from 'payload'
import { TICKETING_GROUP, tl } from '../../translations'
import { withLabels } from '../../fields/withLabels'

import { EVENT_STATUSES, options } from '../../constants'
import { currencyField } from '../../fields/currencyField'
import { moneyField } from '../../fields/moneyField'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { cityEventsAccess } from './access'
import { formatSlug } from './hooks/formatSlug'
import { guardCapacity } from './hooks/guardCapacity'
import { guardEventStatus } from './hooks/guardEventStatus'
import { readSeats } from './hooks/readSeats'
import { validateCityEvent } from './hooks/validateCityEvent'
import { dateTimeAdmin } from '../../fields/dateTimeAdmin'

const seatFigure = (name: string): Field => ({
  name,
  type: 'number',
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
  virtual: true,
})

/** `city-events`: one event per city, with its prices, capacity, sales window and live seat figures. */
export const createCityEventsCollection = (config: SanitizedTicketingPluginConfig, hasMedia: boolean): CollectionConfig => {
  const slug = config.slugs.cityEvents
  return {
    slug,
    access: cityEventsAccess(config),
    admin: {
      components: config.disabled
        ? {}
        : {
            edit: {
              beforeDocumentControls: [
                '@masterclass/plugin-ticketing/client#CancelEventAction',
                { clientProps: { mode: 'event' }, path: '@masterclass/plugin-ticketing/rsc#IssueCertificatesAction', serverProps: { canUse: config.access.isAdmin } },
              ],
            },
          },
      defaultColumns: ['title', 'city', 'startsAt', 'status', 'seatsAvailable', 'currency'],
      group: TICKETING_GROUP,
      listSearchableFields: ['title', 'city', 'slug'],
      useAsTitle: 'title',
    },
    defaultSort: 'startsAt',
    fields: withLabels([
      { name: 'title', type: 'text', localized: true, required: true },
      { name: 'slug', type: 'text', hooks: { beforeValidate: [formatSlug] }, index: true, required: true, unique: true },
      {
        name: 'status',
        type: 'select',
        admin: { position: 'sidebar' },
        defaultValue: 'DRAFT',
        index: true,
        options: options(EVENT_STATUSES),
        required: true,
      },
      {
        name: 'seller',
        type: 'relationship',
        admin: { description: tl('sellerDescription'), position: 'sidebar' },
        index: true,
        relationTo: config.slugs.sellers,
      },
      seatFigure('seatsAvailable'),
      seatFigure('seatsConfirmed'),
      seatFigure('seatsHeld'),
      seatFigure('seatsOffered'),
      {
        type: 'row',
        fields: [
          { name: 'city', type: 'text', localized: true, required: true },
          { name: 'country', type: 'text', required: true },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'venueName', type: 'text' },
          { name: 'venueAddress', type: 'textarea' },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'startsAt', type: 'date', admin: { date: dateTimeAdmin }, index: true, required: true },
          { name: 'endsAt', type: 'date', admin: { date: dateTimeAdmin } },
          { name: 'timezone', type: 'text', admin: { description: tl('timezoneDescription') as never }, defaultValue: 'Europe/Paris', required: true },
        ],
      },
      { name: 'description', type: 'richText', localized: true },
      ...(hasMedia && config.mediaCollection
        ? [{ name: 'image', type: 'upload', relationTo: config.mediaCollection } as Field]
        : []),
      {
        type: 'collapsible',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'capacity', type: 'number', min: 1, required: true },
              { name: 'maxPerBooking', type: 'number', defaultValue: config.maxPerBooking, min: 1, required: true },
              { name: 'holdMinutes', type: 'number', defaultValue: config.holdMinutes, max: 120, min: 1, required: true },
            ],
          },
          {
            type: 'row',
            fields: [currencyField(config.currencies), moneyField({ name: 'regularPrice', required: true })],
          },
          {
            type: 'row',
            fields: [
              moneyField({ name: 'earlyBirdPrice' }),
              { name: 'earlyBirdDeadline', type: 'date', admin: { date: dateTimeAdmin } },
            ],
          },
          {
            type: 'row',
            fields: [
              { name: 'groupMinimum', type: 'number', min: 2 },
              { name: 'groupDiscountPercent', type: 'number', admin: { step: 0.01 }, max: 100, min: 0.01 },
            ],
          },
          {
            type: 'row',
            fields: [
              { name: 'salesOpenAt', type: 'date', admin: { date: dateTimeAdmin } },
              { name: 'salesCloseAt', type: 'date', admin: { date: dateTimeAdmin } },
            ],
          },
        ],
        label: tl('seatsAndPrices'),
      },
      {
        type: 'collapsible',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'trainingHours', type: 'number', admin: { description: tl('trainingHoursHelp'), step: 0.5 }, max: 1000, min: 0.5 },
              {
                name: 'certificateRule',
                type: 'select',
                defaultValue: 'ALL_DAYS',
                options: [
                  { label: tl('certificateRule_ALL_DAYS'), value: 'ALL_DAYS' },
                  { label: tl('certificateRule_ANY_DAY'), value: 'ANY_DAY' },
                ],
                required: true,
              },
            ],
          },
          // When the after-event job issued this event's certificates (it runs once per event).
          { name: 'certificatesIssuedAt', type: 'date', access: { create: () => false, update: () => false }, admin: { readOnly: true } },
        ],
        label: tl('certificates'),
      },
    ]),
    hooks: {
      afterRead: [readSeats],
      beforeChange: [validateCityEvent(slug), guardEventStatus(config), guardCapacity(slug)],
    },
    labels: { plural: tl('cityEvents'), singular: tl('cityEvent') },
  }
}
