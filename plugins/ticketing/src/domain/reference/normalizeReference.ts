/** Prefix (1–10 of A–Z/0–9), 4-digit year, dash, 6 characters of REFERENCE_ALPHABET. */
const REFERENCE = /^[A-Z0-9]{1,10}\d{4}-[23456789A-HJ-NP-Z]{6}$/

/**
 * Canonical form of a booking reference typed by a user: trimmed and
 * upper-cased (`' mc2026-7kq3xp '` → `'MC2026-7KQ3XP'`). Returns null unless it
 * has the shape produced by `generateReference`; the lookalikes 0, 1, O and I
 * in the code part are rejected rather than guessed.
 */
export function normalizeReference(input: string): string | null {
  if (typeof input !== 'string') return null
  const candidate = input.trim().toUpperCase()
  return REFERENCE.test(candidate) ? candidate : null
}
