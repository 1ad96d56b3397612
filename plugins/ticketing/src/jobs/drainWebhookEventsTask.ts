import type { TaskConfig } from 'payload'

import { drainWebhookEvents } from '../operations/webhooks/drainWebhookEvents'
import type { SanitizedTicketingPluginConfig } from '../types'
import { TICKETING_QUEUE } from './expireHoldsTask'

/**
 * Every minute: processes the stored webhook events that no worker took — stored by a process
 * that died before processing them, left by a worker that died (its lease ended), or failed
 * and due for a retry. Each delivery already starts the worker of the process that stored it.
 */
export const drainWebhookEventsTask = (config: SanitizedTicketingPluginConfig): TaskConfig<{ input: object; output: { failed: number; processed: number } }> => ({
  slug: 'ticketingDrainWebhookEvents',
  handler: async ({ req }) => {
    const { failed, processed } = await drainWebhookEvents(req.payload)
    return { output: { failed, processed } }
  },
  label: 'Process stored Stripe webhook events',
  outputSchema: [
    { name: 'failed', type: 'number' },
    { name: 'processed', type: 'number' },
  ],
  retries: 0,
  schedule: config.disabled ? [] : [{ cron: '* * * * *', queue: TICKETING_QUEUE }],
})
