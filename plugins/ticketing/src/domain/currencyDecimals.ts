/**
 * Number of decimals of a currency's minor unit, per ISO 4217.
 *
 * All money in this plugin is an integer in the currency's minor unit
 * (cents for EUR, yen for JPY, fils for KWD). This table is the single source
 * of truth for converting between that integer and a decimal string.
 */

/** ISO 4217 currencies whose minor unit is the major unit (no decimals). */
export const ZERO_DECIMAL: ReadonlySet<string> = new Set([
  'BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG',
  'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF',
])

/** ISO 4217 currencies with three decimals. */
export const THREE_DECIMAL: ReadonlySet<string> = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'])

/** ISO 4217 units of account with four decimals. */
export const FOUR_DECIMAL: ReadonlySet<string> = new Set(['CLF', 'UYW'])

const CURRENCY_CODE = /^[A-Z]{3}$/

/**
 * Decimals of the minor unit of `currency` (case-insensitive ISO 4217 code):
 * 0 for JPY, KRW, CLP, VND, ISK, XAF, XOF, …; 3 for BHD, JOD, KWD, OMR, TND, …;
 * 2 for every other well-formed code.
 *
 * @throws RangeError when `currency` is not a three-letter code.
 */
export function currencyDecimals(currency: string): number {
  const code = typeof currency === 'string' ? currency.trim().toUpperCase() : ''
  if (!CURRENCY_CODE.test(code)) {
    throw new RangeError(`Invalid currency code: ${JSON.stringify(currency)}`)
  }
  if (ZERO_DECIMAL.has(code)) return 0
  if (THREE_DECIMAL.has(code)) return 3
  if (FOUR_DECIMAL.has(code)) return 4
  return 2
}
