import { percentBasisPoints } from './percentBasisPoints'

/**
 * `amount × percent / 100`, rounded half-up to an integer, computed exactly in
 * integers: the percent is read as exact basis points from its decimal form
 * (17.15 → 1715, although 17.15 × 100 === 1714.9999999999998) and the product
 * is taken in BigInt, so no precision is lost even beyond 2^53.
 *
 * `percentOfHalfUp(1005, 10) === 101`, `percentOfHalfUp(1000, 33.33) === 333`.
 *
 * @param amount non-negative safe integer (minor units)
 * @param percent finite number in [0, 100]; decimals beyond two are rounded away
 * @throws RangeError on invalid arguments
 */
export function percentOfHalfUp(amount: number, percent: number): number {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(`Amount must be a non-negative integer, got ${String(amount)}`)
  }
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new RangeError(`Percent must be between 0 and 100, got ${String(percent)}`)
  }
  const basisPoints = BigInt(percentBasisPoints(percent) ?? Math.round(percent * 100))
  const result = (BigInt(amount) * basisPoints + 5000n) / 10000n // BigInt division floors for ≥ 0
  return Number(result)
}
