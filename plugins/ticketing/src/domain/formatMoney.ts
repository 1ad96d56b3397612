import { currencyDecimals } from './currencyDecimals'
import { formatDecimal } from './formatDecimal'

export type FormatMoneyOptions = {
  /** Leave the minor digits out when they are all zero ("390 €" rather than "390,00 €"). Default false. */
  hideZeroMinor?: boolean
}

/**
 * The one money formatter for people (emails, the admin, the site's pages): an integer amount
 * in minor units, in a BCP 47 `locale`, with the currency's decimals from the ISO 4217 table
 * (`currencyDecimals`). The amount reaches Intl as an exact decimal string, never a float:
 * `formatMoney(45000, 'EUR', 'fr')` → `450,00 €`, `formatMoney(45000, 'EUR', 'en', { hideZeroMinor: true })` → `€450`.
 *
 * @throws RangeError when `minor` is not a safe integer or the currency is invalid.
 */
export function formatMoney(minor: number, currency: string, locale: string, options: FormatMoneyOptions = {}): string {
  const code = currency.trim().toUpperCase()
  const decimal = formatDecimal(minor, code)
  const decimals = options.hideZeroMinor && /^-?\d+(\.0+)?$/.test(decimal) ? 0 : currencyDecimals(code)
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: code,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format((decimals ? decimal : decimal.replace(/\.0+$/, '')) as `${number}`)
}
