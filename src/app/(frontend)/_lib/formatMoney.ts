/** Decimal places of a currency's minor unit (2 for EUR and CAD, 0 for JPY). */
export const currencyDigits = (currency: string): number =>
  new Intl.NumberFormat('en', { currency, style: 'currency' }).resolvedOptions().maximumFractionDigits ?? 2

/** An amount in minor units as a plain decimal string, e.g. 39000 EUR → "390.00" (schema.org prices). */
export const toDecimal = (minor: number, currency: string): string => {
  const digits = currencyDigits(currency)
  return (minor / 10 ** digits).toFixed(digits)
}

/** An amount in minor units for people: 39000 EUR → "390 €" (fr) / "€390" (en); cents only when there are some. */
export const formatMoney = (minor: number, currency: string, locale: string): string => {
  const digits = currencyDigits(currency)
  const whole = minor % 10 ** digits === 0
  return new Intl.NumberFormat(locale, {
    currency,
    maximumFractionDigits: whole ? 0 : digits,
    minimumFractionDigits: whole ? 0 : digits,
    style: 'currency',
  }).format(minor / 10 ** digits)
}
