const SPECIAL = /[\\^$.*+?()[\]{}|]/g

/**
 * A PostgreSQL regular expression (for `~*` and `regexp_replace(…, 'gi')`) that matches any of
 * `emails` wherever it appears in a text, case aside; null for no email. Each address is
 * matched literally: its dots, pluses and other special characters are escaped.
 */
export const emailsPattern = (emails: readonly string[]): null | string => {
  const unique = [...new Set(emails.map((email) => email.trim().toLowerCase()).filter(Boolean))].sort()
  if (!unique.length) return null
  return `(${unique.map((email) => email.replace(SPECIAL, (c) => `\\${c}`)).join('|')})`
}
