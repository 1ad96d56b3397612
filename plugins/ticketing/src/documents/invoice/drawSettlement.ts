import { drawText } from '../pdf/drawText'
import { page, palette } from '../pdf/palette'
import { useFont } from '../pdf/useFont'
import type { InvoiceContext } from './invoiceContext'

/**
 * Under the lines, on the left: the "paid" (or "refunded") stamp with when and how (a French
 * training fund reimburses only a "facture acquittée") and the balance due, nil. Returns the y
 * below it.
 */
export function drawSettlement({ both, date, doc, invoice, lines, money }: InvoiceContext, startY: number): number {
  const width = page.width - 290
  let y = startY
  const stamp = both((l) => l.stamp[invoice.kind]).toUpperCase()
  useFont(doc, 'semibold').fontSize(12)
  const stampWidth = doc.widthOfString(stamp) + 20
  doc.roundedRect(page.left, y, stampWidth, 24, 4).lineWidth(1.4).strokeColor(palette.paid).stroke()
  drawText(doc, stamp, page.left, y + 6, { align: 'center', color: palette.paid, font: 'semibold', size: 12, width: stampWidth })
  y += 32
  for (const sentence of lines((l, lang) => l.settled(invoice.kind, date(invoice.payment.date, lang), l.method(invoice.payment.method)))) {
    y += drawText(doc, sentence, page.left, y, { color: palette.ink, size: 9, width })
  }
  if (invoice.kind === 'INVOICE') y += drawText(doc, `${both((l) => l.balanceDue)} : ${money(0)}`, page.left, y + 2, { color: palette.ink, size: 9, width }) + 2
  return y
}
