const TWO_DECIMALS = /^(\d+)(?:\.(\d{1,2}))?$/

/**
 * The exact number of basis points (hundredths of a percent) of a percentage
 * with at most two decimals, or `null` when it has more (or is not a finite,
 * non-negative number).
 *
 * Decided on the number's shortest decimal form (`String(17.15) === '17.15'`),
 * never by comparing floating-point products (`17.15 × 100` is
 * 1714.9999999999998): every two-decimal value an editor can type round-trips
 * through its shortest form, and nothing with a third decimal does.
 *
 * `percentBasisPoints(17.15) === 1715`, `percentBasisPoints(10.125) === null`.
 */
export function percentBasisPoints(percent: unknown): null | number {
  if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0) return null
  const match = TWO_DECIMALS.exec(String(percent))
  if (!match) return null
  const whole = Number(match[1])
  const hundredths = Number((match[2] ?? '').padEnd(2, '0'))
  return whole * 100 + hundredths
}
