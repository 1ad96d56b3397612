import { z } from 'zod'

/** Body of POST /api/ticketing/bookings/:reference/refund. No amount = refund what is left. */
export const refundInput = z.strictObject({
  amount: z.number().int('amount is a whole number of minor units.').min(1, 'amount must be at least 1.').optional(),
  reason: z.enum(['requested_by_customer', 'duplicate', 'fraudulent'], { error: 'reason is requested_by_customer, duplicate or fraudulent.' }).optional(),
})
