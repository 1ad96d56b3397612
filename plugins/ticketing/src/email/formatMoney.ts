import { formatMoney as formatMoneyIn } from '../domain/formatMoney'
import { strings } from './strings'
import type { EmailLocale } from './types'

/**
 * Money in an email's language (the formatting rule itself is domain/formatMoney):
 * `formatMoney(45000, 'EUR', 'fr')` → `450,00 €` (with a narrow no-break space),
 * `formatMoney(45000, 'EUR', 'en')` → `€450.00`.
 *
 * @throws RangeError when `minor` is not a safe integer or the currency is invalid.
 */
export function formatMoney(minor: number, currency: string, locale: EmailLocale): string {
  return formatMoneyIn(minor, currency, strings[locale].intlLocale)
}
