import type { TaskConfig } from 'payload'

import { CANCEL_EVENT_BOOKING_TASK } from '../db/cancellations/cancellationTask'
import { cancelEventBooking } from '../operations/cancellations/cancelEventBooking'
import type { SanitizedTicketingPluginConfig } from '../types'

/** Settles one booking of a cancelled event (refund, end the hold, email the buyer); idempotent, retried with backoff. */
export const cancelEventBookingTask = (config: SanitizedTicketingPluginConfig): TaskConfig<{ input: { bookingId: number }; output: { outcome: string; refunded: number } }> => ({
  slug: CANCEL_EVENT_BOOKING_TASK,
  handler: async ({ input, req }) => {
    const gateway = config.getGateway()
    if (!gateway) throw new Error('Payments are not configured.')
    return { output: await cancelEventBooking({ bookingId: Number(input.bookingId), gateway, req }) }
  },
  inputSchema: [{ name: 'bookingId', type: 'number', required: true }],
  label: 'Cancel a booking of a cancelled event',
  outputSchema: [
    { name: 'outcome', type: 'text' },
    { name: 'refunded', type: 'number' },
  ],
  retries: { attempts: 10, backoff: { delay: 10_000, type: 'exponential' } },
})
