import type { CollectionConfig } from 'payload'
import { TICKETING_GROUP, tl } from '../../translations'

import { options, STRIPE_EVENT_OUTCOMES } from '../../constants'
import { withLabels } from '../../fields/withLabels'
import type { SanitizedTicketingPluginConfig } from '../../types'
import { systemDateAdmin } from '../../fields/dateTimeAdmin'

const dayAndTime = systemDateAdmin

/**
 * `stripe-events`: every webhook event received, once (unique Stripe event id), and the queue
 * the webhook worker takes them from: stored PENDING before the provider gets its 200, then
 * claimed, processed, or FAILED with its error and retried at `nextAttemptAt` until it gives up.
 * Admin only; nobody edits it.
 */
export const createStripeEventsCollection = (config: SanitizedTicketingPluginConfig): CollectionConfig => ({
  slug: config.slugs.stripeEvents,
  access: { create: () => false, delete: () => false, read: config.access.isAdmin, update: () => false },
  admin: {
    defaultColumns: ['eventId', 'type', 'outcome', 'attempts', 'receivedAt', 'processedAt', 'nextAttemptAt'],
    group: TICKETING_GROUP,
    useAsTitle: 'eventId',
  },
  defaultSort: '-receivedAt',
  fields: withLabels([
    { name: 'eventId', type: 'text', index: true, required: true, unique: true },
    { name: 'type', type: 'text', index: true, required: true },
    { name: 'receivedAt', type: 'date', admin: dayAndTime, required: true },
    { name: 'processedAt', type: 'date', admin: dayAndTime },
    { name: 'outcome', type: 'select', index: true, options: options(STRIPE_EVENT_OUTCOMES), required: true },
    { name: 'error', type: 'textarea' },
    // Processing attempts by the worker (a redelivery of a stored event is answered without one).
    { name: 'attempts', type: 'number', defaultValue: 0 },
    // When the worker takes it (again); empty once processed, ignored or given up. Indexed by the schema hook stripeEventsQueue.
    { name: 'nextAttemptAt', type: 'date', admin: dayAndTime },
    // What the event asks for, as the payment gateway reduced it (PaymentAction).
    { name: 'action', type: 'json' },
  ]),
  labels: { plural: tl('stripeEvents'), singular: tl('stripeEvent') },
})
