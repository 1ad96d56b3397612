import { stringify } from 'csv-stringify/sync'
import type { PayloadRequest } from 'payload'

import { type ExportFilters, exportRows } from '../db/exportRows'
import { neutraliseCell } from '../domain/csvCell'
import { formatDecimal } from '../domain/formatDecimal'

export const CSV_COLUMNS = [
  'reference', 'event', 'city', 'startsAt', 'status', 'paymentStatus', 'ticketType', 'quantity', 'currency', 'unitPrice',
  'subtotal', 'discount', 'total', 'amountRefunded', 'buyerName', 'buyerEmail', 'buyerPhone', 'attendeeNames',
  'createdAt', 'confirmedAt', 'paymentIntentId',
] as const

const PAGE = 1000
const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : '')

const toRecord = (row: Record<string, unknown>): string[] => {
  const currency = String(row.currency ?? 'EUR')
  const money = (value: unknown) => formatDecimal(Number(value ?? 0), currency)
  const cells = [
    row.reference, row.event_title, row.event_city, iso(row.event_starts_at), row.status, row.payment_status, row.ticket_type,
    String(Number(row.quantity)), currency, money(row.unit_price), money(row.subtotal), money(row.discount), money(row.total),
    money(row.amount_refunded), row.buyer_name, row.buyer_email, row.buyer_phone, row.attendee_names, iso(row.created_at),
    iso(row.confirmed_at), row.payment_intent_id,
  ]
  return cells.map((cell) => neutraliseCell(cell === null || cell === undefined ? '' : String(cell)))
}

/**
 * The finance export (SPEC §11) as a stream: UTF-8 with BOM, RFC 4180 quoting (csv-stringify),
 * one page of rows at a time so memory stays flat whatever the number of bookings.
 */
export const bookingsCsv = (req: PayloadRequest, filters: ExportFilters, delimiter: ',' | ';', locale: string): ReadableStream<Uint8Array> => {
  const encoder = new TextEncoder()
  let afterId = 0
  let first = true
  return new ReadableStream({
    async pull(controller) {
      const rows = await exportRows(req, filters, afterId, PAGE, locale)
      const text = stringify(rows.map(toRecord), { delimiter, header: first, columns: [...CSV_COLUMNS], record_delimiter: 'windows' })
      controller.enqueue(encoder.encode((first ? '\uFEFF' : '') + text))
      first = false
      if (rows.length < PAGE) controller.close()
      else afterId = Number(rows[rows.length - 1].id)
    },
  })
}
