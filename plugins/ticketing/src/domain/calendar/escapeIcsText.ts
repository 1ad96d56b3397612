/**
 * Escapes a TEXT property value (RFC 5545 §3.3.11): backslash, semicolon and
 * comma are backslash-escaped and every line break (CRLF, CR or LF) becomes `\n`.
 * Other control characters, which TEXT does not allow, are removed.
 */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
}
