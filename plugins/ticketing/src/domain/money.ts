/**
 * Entry point for money helpers. Money is ALWAYS an integer in the currency's
 * minor unit; these are the only conversions to and from decimal strings.
 * Each helper lives in its own file; this module re-exports them.
 */
export { currencyDecimals } from './currencyDecimals'
export { formatDecimal } from './formatDecimal'
export { formatMoney } from './formatMoney'
export { isIntegerMinor } from './isIntegerMinor'
export { parseDecimal } from './parseDecimal'
