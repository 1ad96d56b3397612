/**
 * Entry point for money helpers. Money is ALWAYS an integer in the currency's
 * minor unit; these are the only conversions to and from decimal strings.
 * Each helper lives in its own file; this module re-exports them.
 */
export { currencyDecimals } from './currencyDecimals.js'
export { formatDecimal } from './formatDecimal.js'
export { isIntegerMinor } from './isIntegerMinor.js'
export { parseDecimal } from './parseDecimal.js'
