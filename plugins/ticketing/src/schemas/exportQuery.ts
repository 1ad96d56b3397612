import { z } from 'zod'

const isoDate = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'Use an ISO 8601 date, e.g. 2027-01-31.')

/** Query of GET /api/ticketing/exports/bookings.csv. */
export const exportQuery = z.strictObject({
  delimiter: z.enum([',', ';'], { error: 'delimiter is , or ;' }).optional(),
  event: z.string().regex(/^\d{1,12}$/, 'event is the event id.').optional(),
  from: isoDate.optional(),
  locale: z.enum(['fr', 'en']).optional(),
  status: z.enum(['PENDING', 'CONFIRMED', 'EXPIRED', 'CANCELLED', 'REFUNDED'], { error: 'Unknown status.' }).optional(),
  to: isoDate.optional(),
})
