import jsQR from 'jsqr'
import { inflateSync } from 'node:zlib'

/** The content streams of a pdfkit file, inflated, in the order they are written. */
function contentStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1')
  const streams: string[] = []
  const header = /<<([^]*?)>>\s*stream\r?\n/g
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const length = /\/Length (\d+)/.exec(match[1])
    if (!length || !match[1].includes('/FlateDecode')) continue
    const start = match.index + match[0].length
    try {
      streams.push(inflateSync(pdf.subarray(start, start + Number(length[1]))).toString('latin1'))
    } catch {
      // Not a zlib stream (an image or a font in another encoding): not a page.
    }
  }
  return streams
}

/**
 * Finds the QR codes drawn by `drawQrCode` in a PDF (squares in module units after a uniform
 * scale), rebuilds each as an image and decodes it with jsQR: what a phone camera would read,
 * in page order.
 */
export function readQrCodes(pdf: Buffer): string[] {
  const found: string[] = []
  const block = /([\d.]+) 0 0 \1 0 0 cm\n((?:\d+ \d+ \d+ 1 re\n)+)/g
  for (const stream of contentStreams(pdf)) {
    for (let match = block.exec(stream); match; match = block.exec(stream)) {
      const squares = match[2].trim().split('\n').map((line) => line.split(' ').map(Number))
      const modules = Math.max(...squares.map(([x, , w]) => x + w), ...squares.map(([, y]) => y + 1))
      const scale = 4
      const side = (modules + 8) * scale
      const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
      for (const [x, y, w] of squares) {
        for (let py = (y + 4) * scale; py < (y + 5) * scale; py++) {
          for (let px = (x + 4) * scale; px < (x + 4 + w) * scale; px++) pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3)
        }
      }
      found.push(jsQR(pixels, side, side)?.data ?? '')
    }
  }
  return found
}
