const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Escapes a value for HTML text and double- or single-quoted attribute values:
 * `escapeHtml('<b a="1">') === '&lt;b a=&quot;1&quot;&gt;'`. `null` and
 * `undefined` give an empty string.
 */
export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  return String(value).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
}
