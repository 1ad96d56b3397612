/** The syntax of a code: letters A–Z, digits and dashes, 3 to 32 characters (compared upper-case). */
export const PROMO_CODE_PATTERN = /^[A-Z0-9-]{3,32}$/

/**
 * A code as it is stored and compared: trimmed and upper-case, or null when it cannot be a
 * code at all (a visitor's typo never reaches the database).
 */
export const normalizePromoCode = (raw: unknown): null | string => {
  if (typeof raw !== 'string') return null
  const code = raw.trim().toUpperCase()
  return PROMO_CODE_PATTERN.test(code) ? code : null
}
