/** Largest value of a PostgreSQL `integer` (the type of Payload's ids). */
export const PG_INT_MAX = 2_147_483_647

const DIGITS = /^\d+$/
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const SLUG_MAX = 80

export type EventKey = { id: number } | { slug: string }

/**
 * How an event is named in a request (`:idOrSlug` in the HTTP API): a number or a string of digits is its
 * Payload id, anything else its slug. Returns null when no event can have that name: an id
 * beyond a PostgreSQL integer, or a slug that `toSlug` could never produce (control
 * characters, capitals, spaces, more than 80 characters), so such values never reach SQL.
 */
export function parseEventKey(value: unknown): EventKey | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 1 && value <= PG_INT_MAX ? { id: value } : null
  if (typeof value !== 'string') return null
  if (DIGITS.test(value)) {
    if (value.length > 10) return null
    const id = Number(value)
    return id >= 1 && id <= PG_INT_MAX ? { id } : null
  }
  return value.length <= SLUG_MAX && SLUG.test(value) ? { slug: value } : null
}
