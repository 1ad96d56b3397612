/**
 * An amount in the currency's minor unit, formatted for the page's language
 * (`formatMoney(45000, 'EUR', 'fr')` → "450,00 €"). The number of decimals is the
 * currency's own (none for JPY), taken from Intl rather than assumed.
 */
export const formatMoney = (minor: number, currency: string, locale: string): string => {
  const format = new Intl.NumberFormat(locale, { currency, style: 'currency' })
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2
  return format.format(minor / 10 ** digits)
}
