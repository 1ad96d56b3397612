import { z } from 'zod'

import { isoDateParam } from './isoDateParam'

/** Query of GET /api/ticketing/exports/invoices.csv. */
export const invoiceExportQuery = z.strictObject({
  delimiter: z.enum([',', ';'], { error: 'delimiter is , or ;' }).optional(),
  from: isoDateParam.optional(),
  seller: z.string().regex(/^[1-9]\d{0,9}$/, 'seller is a seller id.').optional(),
  to: isoDateParam.optional(),
})
