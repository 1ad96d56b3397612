import { formatDecimal } from '../domain/formatDecimal'
import { currencyDecimals } from '../domain/currencyDecimals'
import { strings } from './strings'
import type { EmailLocale } from './types'

/**
 * Formats an integer amount in minor units as money in the email's locale:
 * `formatMoney(45000, 'EUR', 'fr')` → `450,00 €` (with a narrow no-break space),
 * `formatMoney(45000, 'EUR', 'en')` → `€450.00`. The amount goes to Intl as an
 * exact decimal string (no floating-point division), with exactly the
 * currency's number of decimals from `currencyDecimals`.
 *
 * @throws RangeError when `minor` is not a safe integer or the currency is invalid.
 */
export function formatMoney(minor: number, currency: string, locale: EmailLocale): string {
  const code = currency.trim().toUpperCase()
  const decimals = currencyDecimals(code)
  const decimal = formatDecimal(minor, code) as `${number}`
  return new Intl.NumberFormat(strings[locale].intlLocale, {
    style: 'currency',
    currency: code,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(decimal)
}
