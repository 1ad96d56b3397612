import { z } from 'zod'

import { eventIdParam } from './eventIdParam'
import { isoDateParam } from './isoDateParam'

/** Query of GET /api/ticketing/exports/bookings.csv. */
export const exportQuery = z.strictObject({
  delimiter: z.enum([',', ';'], { error: 'delimiter is , or ;' }).optional(),
  event: eventIdParam.optional(),
  from: isoDateParam.optional(),
  // One of the host's locales (checked by operations/events/eventLocales).
  locale: z.string().regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, 'locale is a language code, e.g. en.').optional(),
  status: z.enum(['PENDING', 'CONFIRMED', 'EXPIRED', 'CANCELLED', 'REFUNDED'], { error: 'Unknown status.' }).optional(),
  to: isoDateParam.optional(),
})
