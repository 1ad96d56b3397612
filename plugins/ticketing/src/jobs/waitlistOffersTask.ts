import type { TaskConfig } from 'payload'

import { runWaitlistOffers } from '../operations/waitlist/runWaitlistOffers'
import type { SanitizedTicketingPluginConfig } from '../types'
import { TICKETING_QUEUE } from './expireHoldsTask'

/** Every minute: offers that ran out end, and seats that came back are offered to the waiting lists in order. */
export const waitlistOffersTask = (config: SanitizedTicketingPluginConfig): TaskConfig<{ input: object; output: { expired: number; offered: number } }> => ({
  slug: 'ticketingWaitlistOffers',
  handler: async ({ req }) => ({ output: await runWaitlistOffers({ config, req }) }),
  label: 'Offer freed seats to the waiting lists',
  outputSchema: [
    { name: 'expired', type: 'number' },
    { name: 'offered', type: 'number' },
  ],
  retries: 2,
  schedule: config.disabled ? [] : [{ cron: '* * * * *', queue: TICKETING_QUEUE }],
})
