import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { InvoiceDetails } from '../../validation/invoiceDetailsInput'
import { query } from '../core/query'

/** The invoice details a booking carries (null: the invoice is made out to the buyer). */
export const readInvoiceDetails = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, bookingId: number): Promise<InvoiceDetails | null> => {
  const [row] = await query<{ invoice_details: InvoiceDetails | null | string }>(req, sql`SELECT invoice_details FROM bookings WHERE id = ${bookingId}`)
  const value = row?.invoice_details ?? null
  return typeof value === 'string' ? (JSON.parse(value) as InvoiceDetails) : value
}

/** Replaces a booking's invoice details; the caller holds the booking's lock and has checked no invoice is issued. */
export const writeInvoiceDetails = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, bookingId: number, details: InvoiceDetails | null): Promise<void> => {
  await query(req, sql`UPDATE bookings SET invoice_details = ${details ? JSON.stringify(details) : null}::jsonb, updated_at = now() WHERE id = ${bookingId}`)
}
