const QUOTE = 0x22
const LF = 0x0a
const CRLF = Buffer.from('\r\n')

/**
 * Turns the LF record ends of a CSV stream (what PostgreSQL's COPY writes) into CRLF (RFC 4180),
 * chunk by chunk: a LF inside a quoted cell is data and stays as it is. Chunks may be cut anywhere;
 * the returned function keeps track of whether the cut fell inside quotes (`""` inside a quoted
 * cell toggles twice, so counting quotes is enough).
 */
export const csvRecordEnds = (): ((chunk: Uint8Array) => Buffer) => {
  let quoted = false
  return (input) => {
    const chunk = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength)
    const parts: Buffer[] = []
    let start = 0
    let at = 0
    let nextQuote = chunk.indexOf(QUOTE, at)
    let nextLf = chunk.indexOf(LF, at)
    while (nextLf !== -1) {
      if (nextQuote !== -1 && nextQuote < nextLf) {
        quoted = !quoted
        at = nextQuote + 1
        nextQuote = chunk.indexOf(QUOTE, at)
        continue
      }
      if (!quoted) {
        parts.push(chunk.subarray(start, nextLf), CRLF)
        start = nextLf + 1
      }
      at = nextLf + 1
      nextLf = chunk.indexOf(LF, at)
    }
    // Quotes after the last LF still count for the next chunk.
    while (nextQuote !== -1) {
      quoted = !quoted
      nextQuote = chunk.indexOf(QUOTE, nextQuote + 1)
    }
    if (start === 0) return chunk
    parts.push(chunk.subarray(start))
    return Buffer.concat(parts)
  }
}
