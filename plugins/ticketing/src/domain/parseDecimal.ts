import { currencyDecimals } from './currencyDecimals'

/** Optional sign, then digits with an optional fraction (`12`, `12.5`, `.5`, `12.`). */
const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?$/

/**
 * Parses a decimal amount in major units into an integer in minor units,
 * exactly (string arithmetic, no float error): `parseDecimal('19.99', 'EUR') === 1999`,
 * `parseDecimal('0.1', 'EUR') === 10`, `parseDecimal(19.99, 'EUR') === 1999`,
 * `parseDecimal('1200', 'JPY') === 1200`.
 *
 * Surrounding whitespace is ignored. Trailing zeros beyond the currency's
 * decimals are accepted because they do not change the value ('1.500' EUR → 150);
 * any other extra decimal is rejected rather than rounded.
 * Numbers are converted with `String(n)` (shortest round-trip form), so 19.99
 * parses as the literal 19.99, not as its binary approximation.
 *
 * @throws RangeError on non-numbers, exponent notation, more significant
 * decimals than the currency allows, results beyond Number.MAX_SAFE_INTEGER,
 * or an invalid currency.
 */
export function parseDecimal(input: string | number, currency: string): number {
  const decimals = currencyDecimals(currency)
  let text: string
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new RangeError(`Not a finite amount: ${String(input)}`)
    text = String(input)
  } else if (typeof input === 'string') {
    text = input.trim()
  } else {
    throw new RangeError(`Not a decimal amount: ${String(input)}`)
  }

  const match = DECIMAL.exec(text)
  const whole = match?.[2] ?? ''
  const fractionRaw = match?.[3] ?? ''
  if (!match || (whole === '' && fractionRaw === '')) {
    throw new RangeError(`Not a decimal amount: ${JSON.stringify(input)}`)
  }

  const fraction = fractionRaw.replace(/0+$/, '')
  if (fraction.length > decimals) {
    throw new RangeError(
      `Too many decimals in ${JSON.stringify(input)}: ${currency.toUpperCase()} allows ${decimals}`,
    )
  }

  const digits = `${whole}${fraction.padEnd(decimals, '0')}`
  const magnitude = BigInt(digits === '' ? '0' : digits)
  const value = match[1] === '-' ? -magnitude : magnitude
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`Amount out of range: ${JSON.stringify(input)}`)
  }
  const result = Number(value)
  return result === 0 ? 0 : result // never return -0
}
