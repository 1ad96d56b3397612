export type TextStyle = {
  align?: 'center' | 'left' | 'right'
  color: string
  font?: 'regular' | 'semibold'
  size: number
  width: number
}

/**
 * Writes `text` at (x, y) in a style and returns the height it took, so layouts can stack
 * blocks without reading pdfkit's cursor. Lines wrap at `width`.
 */
export function drawText(doc: PDFKit.PDFDocument, text: string, x: number, y: number, style: TextStyle): number {
  doc.font(style.font ?? 'regular').fontSize(style.size).fillColor(style.color)
  const options = { align: style.align ?? 'left', lineGap: style.size * 0.25, width: style.width }
  doc.text(text, x, y, options)
  return doc.heightOfString(text, options)
}
