import QRCode from 'qrcode'

/**
 * Draws `text` as a QR code (error correction M) whose top-left corner is at (x, y) and whose
 * side is `size` points, quiet zone not included (leave 4 modules of white around it). Vector
 * squares, one rectangle per run of dark modules of a row, drawn in module units: sharp at any
 * zoom and on any printer, and the same bytes every time.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const count = modules.size
  doc.save()
  doc.translate(x, y).scale(size / count)
  for (let row = 0; row < count; row++) {
    let column = 0
    while (column < count) {
      if (!modules.get(row, column)) {
        column++
        continue
      }
      const start = column
      while (column < count && modules.get(row, column)) column++
      doc.rect(start, row, column - start, 1)
    }
  }
  doc.fillColor('#000000').fill()
  doc.restore()
}
