import type { TaskConfig } from 'payload'

import { reconcilePayments } from '../operations/payments/reconcilePayments'
import type { SanitizedTicketingPluginConfig } from '../types'
import { TICKETING_QUEUE } from './expireHoldsTask'

/** Every 10 minutes: repair bookings whose Stripe webhook was lost. */
export const reconcilePaymentsTask = (config: SanitizedTicketingPluginConfig): TaskConfig<{ input: object; output: { checked: number; repaired: number } }> => ({
  slug: 'ticketingReconcilePayments',
  handler: async ({ req }) => {
    const gateway = config.getGateway()
    if (!gateway) return { output: { checked: 0, repaired: 0 } }
    const result = await reconcilePayments({ gateway, req })
    return { output: { checked: result.checked, repaired: result.repaired.length } }
  },
  label: 'Reconcile Stripe payments',
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'repaired', type: 'number' },
  ],
  retries: 1,
  schedule: config.disabled ? [] : [{ cron: '*/10 * * * *', queue: TICKETING_QUEUE }],
})
