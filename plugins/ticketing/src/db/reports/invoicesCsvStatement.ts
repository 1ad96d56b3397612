import { cell, decimalsTable, iso, money } from './exportCsv'

export type InvoiceExportFilters = { from?: string; sellerId?: number; to?: string }

/** The header names of the accountant's invoice export, in order. */
export const INVOICE_CSV_COLUMNS = [
  'number', 'kind', 'issuedAt', 'seller', 'bookingReference', 'buyerName', 'buyerCompany', 'buyerVatNumber',
  'currency', 'totalExclTax', 'taxes', 'total', 'relatedInvoice',
] as const

/**
 * The COPY statement of the invoice export: one row per invoice or credit note, in the order
 * issued, every value read from the frozen document (what it printed). Amounts are positive
 * with the currency's decimals; `taxes` lists each tax as `TVA 20%: 195.00` joined with `; `
 * (empty for an exempt seller). Filters on the issue instant (`from` inclusive, `to`
 * exclusive) and the seller, written as escaped literals (COPY takes no parameters).
 */
export const invoicesCsvStatement = (filters: InvoiceExportFilters, delimiter: ',' | ';', literal: (value: string) => string): string => {
  const where: string[] = []
  if (filters.sellerId !== undefined) {
    if (!Number.isSafeInteger(filters.sellerId)) throw new RangeError('sellerId must be an integer')
    where.push(`i.seller_id = ${filters.sellerId}`)
  }
  if (filters.from) where.push(`i.issued_at >= ${literal(filters.from)}::timestamptz`)
  if (filters.to) where.push(`i.issued_at < ${literal(filters.to)}::timestamptz`)
  const taxAmount = `round((t.value->>'amount')::numeric * COALESCE(d.unit, 0.01), COALESCE(d.decimals, 2))::text`
  const rows = `SELECT i.id, i.number, i.kind::text AS kind, ${iso('i.issued_at')} AS issued_at, i.data->'seller'->>'name' AS seller,
      i.data->>'bookingReference' AS booking_reference, i.data->'buyer'->>'name' AS buyer_name, i.data->'buyer'->>'company' AS buyer_company,
      i.data->'buyer'->>'vatNumber' AS buyer_vat_number, i.currency, ${money('i.total_excl_tax')} AS total_excl_tax,
      (SELECT string_agg((t.value->>'name') || ' ' || (t.value->>'ratePercent') || '%: ' || ${taxAmount}, '; ' ORDER BY t.ordinality)
         FROM jsonb_array_elements(i.data->'taxes') WITH ORDINALITY AS t(value, ordinality)) AS taxes,
      ${money('i.total')} AS total, r.number AS related_invoice
    FROM invoices i
    LEFT JOIN invoices r ON r.id = i.related_invoice_id
    LEFT JOIN ${decimalsTable()} ON d.code = upper(btrim(i.currency))
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY i.issued_at, i.id
    OFFSET 0`
  const values: Record<(typeof INVOICE_CSV_COLUMNS)[number], string> = {
    number: 'x.number',
    kind: 'x.kind',
    issuedAt: 'x.issued_at',
    seller: 'x.seller',
    bookingReference: 'x.booking_reference',
    buyerName: 'x.buyer_name',
    buyerCompany: 'x.buyer_company',
    buyerVatNumber: 'x.buyer_vat_number',
    currency: 'x.currency',
    totalExclTax: 'x.total_excl_tax',
    taxes: 'x.taxes',
    total: 'x.total',
    relatedInvoice: 'x.related_invoice',
  }
  const select = INVOICE_CSV_COLUMNS.map((name) => `${cell(values[name])} AS "${name}"`).join(',\n    ')
  return `COPY (SELECT ${select} FROM (${rows}) x) TO STDOUT WITH (FORMAT csv, HEADER true, DELIMITER ${literal(delimiter)}, ENCODING 'UTF8')`
}
