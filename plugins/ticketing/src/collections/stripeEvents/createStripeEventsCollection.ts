import type { CollectionConfig } from 'payload'
import { TICKETING_GROUP, tl } from '../../translations'

import { options, STRIPE_EVENT_OUTCOMES } from '../../constants'
import type { SanitizedTicketingPluginConfig } from '../../types'

/** `stripe-events`: every webhook event received, once (unique Stripe event id). Admin only. */
export const createStripeEventsCollection = (config: SanitizedTicketingPluginConfig): CollectionConfig => ({
  slug: config.slugs.stripeEvents,
  access: { create: () => false, delete: () => false, read: config.access.isAdmin, update: () => false },
  admin: {
    defaultColumns: ['eventId', 'type', 'outcome', 'receivedAt', 'processedAt'],
    group: TICKETING_GROUP,
    useAsTitle: 'eventId',
  },
  defaultSort: '-receivedAt',
  fields: [
    { name: 'eventId', type: 'text', index: true, required: true, unique: true },
    { name: 'type', type: 'text', index: true, required: true },
    { name: 'receivedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, required: true },
    { name: 'processedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'outcome', type: 'select', index: true, options: options(STRIPE_EVENT_OUTCOMES), required: true },
    { name: 'error', type: 'textarea' },
    { name: 'attempts', type: 'number', defaultValue: 1 },
  ],
  labels: { plural: tl('stripeEvents'), singular: tl('stripeEvent') },
})
