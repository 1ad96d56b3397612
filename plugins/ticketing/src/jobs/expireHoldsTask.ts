import type { TaskConfig } from 'payload'

import { expireHolds, type ExpireHoldsResult } from '../operations/seats/expireHolds'
import type { SanitizedTicketingPluginConfig } from '../types'

export const TICKETING_QUEUE = 'ticketing'

/** Every minute: expire unpaid holds whose time is up and release their seats. */
export const expireHoldsTask = (config: SanitizedTicketingPluginConfig): TaskConfig<{ input: object; output: ExpireHoldsResult }> => ({
  slug: 'ticketingExpireHolds',
  handler: async ({ req }) => ({ output: await expireHolds({ gateway: config.getGateway(), req }) }),
  label: 'Expire seat holds',
  outputSchema: [
    { name: 'expired', type: 'number' },
    { name: 'kept', type: 'number' },
  ],
  retries: 2,
  schedule: config.disabled ? [] : [{ cron: '* * * * *', queue: TICKETING_QUEUE }],
})
