import { formatMoney as formatMoneyIn } from '../domain/formatMoney'
import { strings } from './strings'
import type { EmailLocale } from './types'

/**
 * Formats an integer amount in minor units as money in the email's locale:
 * `formatMoney(45000, 'EUR', 'fr')` → `450,00 €` (with a narrow no-break space),
 * `formatMoney(45000, 'EUR', 'en')` → `€450.00` (domain/formatMoney in the email's Intl locale).
 *
 * @throws RangeError when `minor` is not a safe integer or the currency is invalid.
 */
export function formatMoney(minor: number, currency: string, locale: EmailLocale): string {
  return formatMoneyIn(minor, currency, strings[locale].intlLocale)
}
