const MAX_OCTETS = 75
const utf8 = new TextEncoder()

/**
 * Folds one iCalendar content line (RFC 5545 §3.1): no physical line is longer
 * than 75 octets of UTF-8, excluding the CRLF; each continuation line starts
 * with one space (which counts towards its 75 octets). A multi-octet character
 * is never split. Returns the physical lines joined with CRLF, without a final CRLF.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8.encode(char).length
    if (octets + size > MAX_OCTETS) {
      lines.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  lines.push(current)
  return lines.join('\r\n')
}
