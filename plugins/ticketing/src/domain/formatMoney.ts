import { currencyDecimals } from './currencyDecimals'
import { formatDecimal } from './formatDecimal'

/**
 * Formats an integer amount in minor units as money for people, in a BCP 47 locale:
 * `formatMoney(117000, 'EUR', 'fr-FR')` → `1 170,00 €` (Intl's no-break spaces),
 * `formatMoney(45000, 'EUR', 'en-GB')` → `€450.00`, `formatMoney(45000, 'CAD', 'fr-CA')` →
 * `450,00 $`. The amount goes to Intl as an exact decimal string (no floating-point
 * division), with exactly the currency's number of decimals from `currencyDecimals`.
 * Emails and documents both print money through it.
 *
 * @throws RangeError when `minor` is not a safe integer or the currency is invalid.
 */
export function formatMoney(minor: number, currency: string, intlLocale: string): string {
  const code = currency.trim().toUpperCase()
  const decimals = currencyDecimals(code)
  const decimal = formatDecimal(minor, code) as `${number}`
  return new Intl.NumberFormat(intlLocale, {
    style: 'currency',
    currency: code,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(decimal)
}
