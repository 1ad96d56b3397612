import { formatDateRange } from '../../domain/documents/formatDateRange'
import { drawText } from '../pdf/drawText'
import { page, palette } from '../pdf/palette'
import { useFont } from '../pdf/useFont'
import type { InvoiceContext } from './invoiceContext'

/**
 * What was sold, on a tinted band: the event, its city and venue, its days in the event's own
 * time zone, and the nature of the operation (services). Returns the y below it.
 */
export function drawServiceBlock({ both, doc, invoice }: InvoiceContext, y: number): number {
  const { service } = invoice
  const place = [service.venueName?.trim(), service.city].filter(Boolean).join(', ')
  const entries = [
    { label: both((l) => l.service), value: service.title },
    { label: both((l) => l.venue), value: place },
    { label: both((l) => l.dates), value: formatDateRange(service.startsAt, service.endsAt, service.timezone, 'fr') },
    { label: both((l) => l.natureLabel), value: both((l) => l.nature) },
  ]
  const labelWidth = 150
  const valueWidth = page.width - labelWidth - 20
  const heights = entries.map(({ value }) => {
    useFont(doc, 'regular').fontSize(9.5)
    return doc.heightOfString(value, { lineGap: 9.5 * 0.25, width: valueWidth })
  })
  const height = heights.reduce((sum, h) => sum + h + 2, 0) + 14
  doc.rect(page.left, y, page.width, height).fillColor(palette.tint).fill()
  let row = y + 8
  entries.forEach(({ label, value }, index) => {
    drawText(doc, label, page.left + 10, row + 1, { color: palette.muted, size: 8.5, width: labelWidth })
    drawText(doc, value, page.left + 10 + labelWidth, row, { color: palette.ink, font: index === 0 ? 'semibold' : 'regular', size: 9.5, width: valueWidth })
    row += heights[index] + 2
  })
  return y + height + 14
}
