import { formatTaxRate } from '../../domain/documents/formatTaxRate'
import { drawText } from '../pdf/drawText'
import { page, palette } from '../pdf/palette'
import type { InvoiceContext } from './invoiceContext'

const WIDTH = 270

/**
 * The totals on the right: total excluding tax, each tax with its rate and base, the total
 * including tax; for a seller charging no tax, the total and the legal ground of the
 * exemption. Returns the y below them.
 */
export function drawTotals({ both, doc, invoice, money }: InvoiceContext, startY: number): number {
  const x = page.right - WIDTH
  const amountWidth = 100
  const labelWidth = WIDTH - amountWidth
  let y = startY
  const line = (label: string, amount: string, options: { bold?: boolean; color?: string; size?: number } = {}) => {
    const size = options.size ?? 9.5
    const font = options.bold ? 'semibold' : 'regular'
    const color = options.color ?? palette.ink
    const height = drawText(doc, label, x, y, { color, font, size, width: labelWidth - 6 })
    drawText(doc, amount, x + labelWidth, y, { align: 'right', color, font, size, width: amountWidth })
    y += height + 4
  }

  const exempt = invoice.taxes.length === 0
  if (!exempt) {
    line(both((l) => l.totalExclTax), money(invoice.totalExclTax))
    for (const tax of invoice.taxes) {
      line(both((l, lang) => `${l.taxName(tax.name)} ${formatTaxRate(tax.ratePercent, lang)} ${l.taxBase(money(tax.base))}`), money(tax.amount))
    }
    y += 2
  }
  doc.moveTo(x, y).lineTo(page.right, y).lineWidth(0.8).strokeColor(palette.accent).stroke()
  y += 6
  line(both((l) => (exempt ? l.total : l.totalInclTax)), money(invoice.total), { bold: true, size: 11.5 })
  // A seller charging no tax prints the legal ground right under the total it explains.
  const exemption = exempt ? invoice.seller.exemptionText?.trim() : null
  if (exemption) y += drawText(doc, exemption, x, y, { color: palette.ink, size: 9, width: WIDTH })
  return y + 2
}
