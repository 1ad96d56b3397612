import { currencyDecimals } from './currencyDecimals'
import { isIntegerMinor } from './isIntegerMinor'

/**
 * Formats an integer amount in minor units as a plain decimal string with
 * exactly the currency's number of decimals, without grouping or symbol:
 * `formatDecimal(1250, 'EUR') === '12.50'`, `formatDecimal(-305, 'usd') === '-3.05'`,
 * `formatDecimal(1200, 'JPY') === '1200'`. Used by CSV export and the admin UI.
 * Uses string arithmetic only, so no floating-point error is possible.
 *
 * @throws RangeError when `minor` is not a safe integer or the currency is invalid.
 */
export function formatDecimal(minor: number, currency: string): string {
  if (!isIntegerMinor(minor)) {
    throw new RangeError(`Amount must be an integer in minor units, got ${String(minor)}`)
  }
  const decimals = currencyDecimals(currency)
  const negative = minor < 0
  const digits = String(Math.abs(minor))
  const sign = negative ? '-' : ''
  if (decimals === 0) return `${sign}${digits}`
  const padded = digits.padStart(decimals + 1, '0')
  const whole = padded.slice(0, -decimals)
  const fraction = padded.slice(-decimals)
  return `${sign}${whole}.${fraction}`
}
