import type { PayloadRequest } from 'payload'

import type { PaymentGateway } from '../../payments/types'

/** Its job runs on the plugin's main queue (`ticketing`, every minute). */
export const DELETE_CUSTOMER_TASK = 'ticketingDeleteCustomer'

/**
 * Deletes erased people's customers at the payment provider, after the erasure committed.
 * One the provider cannot delete now (down, or payments not configured) gets a job that
 * tries again with backoff; the erasure itself is done either way. Never throws.
 */
export const deleteProviderCustomers = async (req: PayloadRequest, gateway: null | PaymentGateway, customerIds: readonly string[]): Promise<void> => {
  for (const customerId of customerIds) {
    try {
      if (!gateway) throw new Error('payments are not configured')
      await gateway.deleteCustomer(customerId)
    } catch (error) {
      req.payload.logger.warn({ customerId, err: error instanceof Error ? error.message : String(error) }, 'ticketing: could not delete an erased customer at the payment provider; retried by a job')
      await req.payload.jobs
        .queue({ input: { customerId }, queue: 'ticketing', task: DELETE_CUSTOMER_TASK } as never)
        .catch((queueError: unknown) => req.payload.logger.error({ customerId, err: String(queueError) }, 'ticketing: could not queue the deletion of an erased customer'))
    }
  }
}
