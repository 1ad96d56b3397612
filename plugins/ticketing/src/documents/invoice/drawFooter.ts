import { drawText } from '../pdf/drawText'
import { page, palette } from '../pdf/palette'
import { useFont } from '../pdf/useFont'
import type { InvoiceContext } from './invoiceContext'
import { isBusinessBuyer } from './isBusinessBuyer'

/**
 * The bottom of every page: for a French seller invoicing a business, the payment terms the
 * Commercial Code requires on every B2B invoice, paid or not (late-payment penalties, the €40
 * recovery fee, no early-payment discount); then the seller's name, the document number and
 * the page number. Call once every page exists (the document buffers its pages).
 */
export function drawFooter(context: InvoiceContext): void {
  const { doc, invoice, lines } = context
  const range = doc.bufferedPageRange()
  const terms = invoice.kind === 'INVOICE' && invoice.seller.address.country.toUpperCase() === 'FR' && isBusinessBuyer(invoice) ? lines((l) => l.lateTerms) : []
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index)
    let y = page.bottom - 14
    for (const sentence of [...terms].reverse()) {
      useFont(doc, 'regular').fontSize(7)
      y -= doc.heightOfString(sentence, { lineGap: 1.75, width: page.width }) + 2
    }
    doc.moveTo(page.left, y - 6).lineTo(page.right, y - 6).lineWidth(0.4).strokeColor(palette.rule).stroke()
    for (const sentence of terms) y += drawText(doc, sentence, page.left, y, { color: palette.muted, size: 7, width: page.width }) + 2
    const mark = `${invoice.seller.name} · ${invoice.number} · ${index - range.start + 1}/${range.count}`
    drawText(doc, mark, page.left, page.bottom - 6, { align: 'right', color: palette.muted, size: 7, width: page.width })
  }
}
