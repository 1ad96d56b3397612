import { allocateNetAmounts } from '../../domain/documents/allocateNetAmounts'
import type { DocumentDiscount, DocumentLine, FrozenInvoice } from '../types'

/** A printed line: a ticket type (null for a credit note's single summary line) with its amounts excl. tax. */
export type InvoiceRow = {
  attendeeNames: string[]
  gross: number
  net: number
  quantity: number
  ticketType: DocumentLine['ticketType'] | null
  /** Net unit price, rounded half-up to the minor unit. */
  unitNet: number
}

export type DiscountRow = { code: null | string; gross: number; kind: DocumentDiscount['kind']; net: number }

export type InvoiceRows = { discounts: DiscountRow[]; lines: InvoiceRow[] }

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

/**
 * The lines and discounts of an invoice or credit note as the PDF and its Factur-X XML both
 * print them, excluding tax, adding up exactly to the frozen totals. A credit note whose lines
 * do not make its amount (a partial refund) prints one line for the amount credited.
 *
 * @throws RangeError when the frozen totals contradict each other (total ≠ excl. + tax,
 * tax ≠ Σ taxes) or an invoice's lines and discounts do not make its total.
 */
export function invoiceRows(invoice: FrozenInvoice): InvoiceRows {
  const { discounts, kind, lines, tax, taxes, total, totalExclTax } = invoice
  if (totalExclTax + tax !== total) throw new RangeError(`${invoice.number}: total excl. tax + tax ≠ total`)
  if (sum(taxes.map((line) => line.amount)) !== tax) throw new RangeError(`${invoice.number}: tax ≠ Σ taxes`)
  const reconciles = lines.length > 0 && sum(lines.map((line) => line.amount)) - sum(discounts.map((d) => d.amount)) === total
  if (!reconciles && kind === 'INVOICE') throw new RangeError(`${invoice.number}: lines less discounts ≠ total`)
  if (!reconciles) {
    return { discounts: [], lines: [{ attendeeNames: [], gross: total, net: totalExclTax, quantity: 1, ticketType: null, unitNet: totalExclTax }] }
  }
  const net = allocateNetAmounts({
    discounts: discounts.map((discount) => discount.amount),
    lines: lines.map((line) => line.amount),
    total,
    totalExclTax,
  })
  return {
    discounts: discounts.map((discount, index) => ({ code: discount.code ?? null, gross: discount.amount, kind: discount.kind, net: net.discounts[index] })),
    lines: lines.map((line, index) => ({
      attendeeNames: line.attendeeNames,
      gross: line.amount,
      net: net.lines[index],
      quantity: line.quantity,
      ticketType: line.ticketType,
      unitNet: line.quantity > 0 ? Math.floor((2 * net.lines[index] + line.quantity) / (2 * line.quantity)) : 0,
    })),
  }
}
