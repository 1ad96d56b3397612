import { useFont } from './useFont'

export type TextStyle = {
  align?: 'center' | 'left' | 'right'
  color: string
  font?: 'regular' | 'semibold'
  size: number
  width: number
}

/**
 * Writes `text` at (x, y) in a style and returns the height it took, so layouts can stack
 * blocks without reading pdfkit's cursor themselves. Lines wrap at `width`. Narrow no-break spaces (Intl
 * puts them in French amounts, "1 170,00 €", and English times) print as no-break spaces: the
 * font's is too thin to see at text sizes, and some readers drop the letter after it when text
 * is copied.
 */
export function drawText(doc: PDFKit.PDFDocument, raw: string, x: number, y: number, style: TextStyle): number {
  const text = raw.replaceAll('\u202f', '\u00a0')
  useFont(doc, style.font ?? 'regular').fontSize(style.size).fillColor(style.color)
  const options = { align: style.align ?? 'left', lineGap: style.size * 0.25, width: style.width }
  const page = doc.page
  doc.text(text, x, y, options)
  // pdfkit moved its cursor down by each line it wrote (line height and gap): the height that
  // heightOfString would find by laying the text out a second time. Only a text that ran onto
  // another page is measured again.
  return doc.page === page && doc.y >= y ? doc.y - y : doc.heightOfString(text, options)
}
