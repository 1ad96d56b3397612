import { z } from 'zod'

import { eventIdParam } from './eventIdParam'
import { isoDateParam } from './isoDateParam'

/** Query of GET /api/ticketing/exports/bookings.csv. */
export const exportQuery = z.strictObject({
  delimiter: z.enum([',', ';'], { error: 'delimiter is , or ;' }).optional(),
  event: eventIdParam.optional(),
  from: isoDateParam.optional(),
  locale: z.enum(['fr', 'en']).optional(),
  status: z.enum(['PENDING', 'CONFIRMED', 'EXPIRED', 'CANCELLED', 'REFUNDED'], { error: 'Unknown status.' }).optional(),
  to: isoDateParam.optional(),
})
