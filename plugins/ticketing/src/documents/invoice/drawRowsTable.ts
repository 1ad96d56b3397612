import { formatTaxRate } from '../../domain/documents/formatTaxRate'
import { drawText } from '../pdf/drawText'
import { page, palette } from '../pdf/palette'
import { useFont } from '../pdf/useFont'
import type { InvoiceContext } from './invoiceContext'
import type { InvoiceRows } from './invoiceRows'

const MINUS = '\u2212'

type Column = { align: 'left' | 'right'; key: 'amount' | 'description' | 'quantity' | 'rate' | 'unitPrice'; width: number }

/** Space kept under the table on each page for the totals, the settlement and the footer. */
const RESERVED = 70

/**
 * The table of lines: each ticket type with its quantity, net unit price, tax rate (when the
 * seller charges one tax) and net amount, the attendees' names under it, then each discount as
 * a negative line. Starts a new page (header repeated) when a row would not fit. Returns the y
 * below the table.
 */
export function drawRowsTable(context: InvoiceContext, rows: InvoiceRows, startY: number): number {
  const { both, doc, invoice, money } = context
  const single = invoice.taxes.length === 1 ? invoice.taxes[0] : null
  const columns: Column[] = [
    { align: 'left', key: 'description', width: 0 },
    { align: 'right', key: 'quantity', width: 34 },
    { align: 'right', key: 'unitPrice', width: 88 },
    ...(single ? [{ align: 'right' as const, key: 'rate' as const, width: 46 }] : []),
    { align: 'right', key: 'amount', width: 92 },
  ]
  columns[0].width = page.width - columns.slice(1).reduce((sum, column) => sum + column.width, 0)
  const xs = columns.map((_, index) => page.left + columns.slice(0, index).reduce((sum, column) => sum + column.width, 0))
  const headers: Record<Column['key'], string> = {
    amount: both((l) => l.amount),
    description: both((l) => l.description),
    quantity: both((l) => l.quantity),
    rate: both((l) => l.rate),
    unitPrice: both((l) => l.unitPrice),
  }

  const header = (y: number) => {
    const height = Math.max(...columns.map((column) => useFont(doc, 'semibold').fontSize(7.5).heightOfString(headers[column.key], { width: column.width - 6 })))
    columns.forEach((column, i) => drawText(doc, headers[column.key], xs[i], y, { align: column.align, color: palette.muted, font: 'semibold', size: 7.5, width: column.width - (i === 0 ? 6 : 0) }))
    doc.moveTo(page.left, y + height + 4).lineTo(page.right, y + height + 4).lineWidth(0.8).strokeColor(palette.accent).stroke()
    return y + height + 10
  }

  let y = header(startY)
  const row = (cells: Partial<Record<Column['key'], string>>, detail: null | string, bold: boolean) => {
    const descriptionWidth = columns[0].width - 10
    const main = useFont(doc, bold ? 'semibold' : 'regular').fontSize(9.5).heightOfString(cells.description ?? '', { lineGap: 2.4, width: descriptionWidth })
    const height = main + (detail ? 2 + useFont(doc, 'regular').fontSize(8.5).heightOfString(detail, { lineGap: 2.1, width: descriptionWidth }) : 0)
    if (y + height + RESERVED > page.bottom) {
      doc.addPage()
      y = header(page.top)
    }
    columns.forEach((column, i) => {
      const text = cells[column.key]
      if (!text) return
      drawText(doc, text, xs[i], y, { align: column.align, color: palette.ink, font: i === 0 && bold ? 'semibold' : 'regular', size: 9.5, width: i === 0 ? descriptionWidth : column.width })
    })
    if (detail) drawText(doc, detail, xs[0], y + main + 2, { color: palette.muted, size: 8.5, width: descriptionWidth })
    y += height + 7
    doc.moveTo(page.left, y - 3.5).lineTo(page.right, y - 3.5).lineWidth(0.4).strokeColor(palette.rule).stroke()
  }

  const rate = single ? formatTaxRate(single.ratePercent, 'fr') : undefined
  for (const line of rows.lines) {
    const description = line.ticketType
      ? both((l) => l.ticketType[line.ticketType!])
      : invoice.reason?.trim() ||
        (invoice.relatedInvoice ? both((l, lang) => l.relatedInvoice(invoice.relatedInvoice!.number, context.date(invoice.relatedInvoice!.issueDate, lang))) : both((l) => l.title[invoice.kind]))
    const detail = line.attendeeNames.length ? `${both((l) => l.attendees)} : ${line.attendeeNames.join(', ')}` : null
    row({ amount: money(line.net), description, quantity: String(line.quantity), rate, unitPrice: money(line.unitNet) }, detail, true)
  }
  for (const discount of rows.discounts) {
    row({ amount: `${MINUS}${money(discount.net)}`, description: both((l) => l.discount(discount.kind, discount.code)), rate }, null, false)
  }
  return y + 6
}
