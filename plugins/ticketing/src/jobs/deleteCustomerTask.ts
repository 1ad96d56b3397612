import type { TaskConfig } from 'payload'

import { DELETE_CUSTOMER_TASK } from '../operations/privacy/deleteProviderCustomers'
import type { SanitizedTicketingPluginConfig } from '../types'

/** Deletes an erased person's customer at the payment provider when that failed right after the erasure; retried with backoff. */
export const deleteCustomerTask = (config: SanitizedTicketingPluginConfig): TaskConfig<{ input: { customerId: string }; output: object }> => ({
  slug: DELETE_CUSTOMER_TASK,
  handler: async ({ input }) => {
    const gateway = config.getGateway()
    if (!gateway) throw new Error('Payments are not configured.')
    await gateway.deleteCustomer(String(input.customerId))
    return { output: {} }
  },
  inputSchema: [{ name: 'customerId', type: 'text', required: true }],
  label: 'Delete an erased customer at the payment provider',
  retries: { attempts: 10, backoff: { delay: 60_000, type: 'exponential' } },
})
