/**
 * True when `n` is a valid amount in minor units: a safe integer (negative
 * amounts are allowed, e.g. refunds or adjustments). Rejects floats, NaN,
 * ±Infinity, integers beyond 2^53 − 1 and non-numbers.
 */
export function isIntegerMinor(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n)
}
