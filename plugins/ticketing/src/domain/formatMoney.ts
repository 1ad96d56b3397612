import { currencyDecimals } from './currencyDecimals'
import { formatDecimal } from './formatDecimal'

/** Intl formats by locale and currency: building one costs more than formatting with it. */
const formats = new Map<string, Intl.NumberFormat>()

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
  const decimal = formatDecimal(minor, code) as `${number}`
  const key = `${intlLocale}|${code}`
  let format = formats.get(key)
  if (!format) {
    const decimals = currencyDecimals(code)
    format = new Intl.NumberFormat(intlLocale, { currency: code, maximumFractionDigits: decimals, minimumFractionDigits: decimals, style: 'currency' })
    formats.set(key, format)
  }
  return format.format(decimal)
}
