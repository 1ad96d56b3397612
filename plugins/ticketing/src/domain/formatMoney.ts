import { currencyDecimals } from './currencyDecimals'
import { formatDecimal } from './formatDecimal'

export type FormatMoneyOptions = {
  /** Leave the minor digits out when they are all zero ("390 €" rather than "390,00 €"). Default false. */
  hideZeroMinor?: boolean
}

/** Intl formats by locale, currency and decimals: building one costs more than formatting with it. */
const formats = new Map<string, Intl.NumberFormat>()

const numberFormat = (locale: string, code: string, decimals: number) => {
  const key = `${locale}|${code}|${decimals}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, { currency: code, maximumFractionDigits: decimals, minimumFractionDigits: decimals, style: 'currency' })
    formats.set(key, format)
  }
  return format
}

/**
 * The one money formatter for people (emails, documents, the admin, the site's pages): an
 * integer amount in minor units, in a BCP 47 `locale`, with the currency's decimals from the
 * ISO 4217 table (`currencyDecimals`). The amount reaches Intl as an exact decimal string,
 * never a float: `formatMoney(117000, 'EUR', 'fr-FR')` → `1 170,00 €` (Intl's no-break
 * spaces), `formatMoney(45000, 'EUR', 'en', { hideZeroMinor: true })` → `€450`,
 * `formatMoney(45000, 'CAD', 'fr-CA')` → `450,00 $`.
 *
 * @throws RangeError when `minor` is not a safe integer or the currency is invalid.
 */
export function formatMoney(minor: number, currency: string, locale: string, options: FormatMoneyOptions = {}): string {
  const code = currency.trim().toUpperCase()
  const decimal = formatDecimal(minor, code)
  const decimals = options.hideZeroMinor && /^-?\d+(\.0+)?$/.test(decimal) ? 0 : currencyDecimals(code)
  return numberFormat(locale, code, decimals).format((decimals ? decimal : decimal.replace(/\.0+$/, '')) as `${number}`)
}
