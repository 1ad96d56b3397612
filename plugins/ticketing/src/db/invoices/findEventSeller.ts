import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

import type { SellerBlock } from '../../documents/types'
import { query } from '../core/query'

export type SellerRecord = {
  id: number
  block: SellerBlock
  creditNotePrefix: string
  invoicePrefix: string
  timezone: string
}

type Row = Record<string, unknown>
const text = (value: unknown) => (value === null || value === undefined || value === '' ? null : String(value))

/** The seller of an event as it is now, with its taxes in order: what a document freezes. Null when the event names none. */
export const findEventSeller = async (req: Pick<PayloadRequest, 'payload' | 'transactionID'>, eventId: number): Promise<null | SellerRecord> => {
  const [row] = await query<Row>(
    req,
    sql`SELECT s.*, coalesce((SELECT json_agg(json_build_object('name', t.name, 'ratePercent', t.rate_percent, 'number', t.number) ORDER BY t._order)
                              FROM sellers_taxes t WHERE t._parent_id = s.id), '[]'::json) AS tax_list
        FROM city_events e JOIN sellers s ON s.id = e.seller_id WHERE e.id = ${eventId}`,
  )
  if (!row) return null
  const taxes = (typeof row.tax_list === 'string' ? JSON.parse(row.tax_list) : row.tax_list) as SellerBlock['taxes']
  const timezone = String(row.timezone ?? 'Europe/Paris')
  return {
    id: Number(row.id),
    block: {
      address: {
        city: String(row.address_city),
        country: String(row.address_country),
        line1: String(row.address_line1),
        line2: text(row.address_line2),
        postalCode: String(row.address_postal_code),
        region: text(row.address_region),
      },
      email: text(row.email),
      exemptionText: taxes.length ? null : text(row.exemption_text),
      legalForm: text(row.legal_form),
      name: String(row.name),
      registrationNumber: text(row.registration_number),
      registryCity: text(row.registry_city),
      shareCapital: text(row.share_capital),
      taxes: taxes.map((tax) => ({ name: tax.name, number: text(tax.number), ratePercent: tax.ratePercent })),
      timezone,
      vatNumber: text(row.vat_number),
    },
    creditNotePrefix: String(row.credit_note_prefix),
    invoicePrefix: String(row.invoice_prefix),
    timezone,
  }
}
