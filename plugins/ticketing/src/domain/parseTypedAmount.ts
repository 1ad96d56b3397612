import { parseDecimal } from './parseDecimal'

/**
 * An amount typed by a person into minor units, whatever their habits: a decimal comma or
 * point (`390,5`, `390.5`), spaces, no-break spaces or apostrophes between thousands
 * (`1 170,00`, `1'170.00`), and both marks together (`1,170.50`, `1.170,50`: the last one is
 * the decimal mark). Exact, through parseDecimal: `parseTypedAmount('1 170,5', 'EUR') === 117050`.
 *
 * @throws RangeError when it is not an amount, or has more decimals than the currency allows.
 */
export function parseTypedAmount(text: string, currency: string): number {
  const compact = text.trim().replace(/[\s\u00a0\u202f'’]/g, '')
  const last = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'))
  if (last === -1) return parseDecimal(compact, currency)
  const whole = compact.slice(0, last).replace(/[.,]/g, '')
  return parseDecimal(`${whole}.${compact.slice(last + 1)}`, currency)
}

/** The decimal mark of a language ("," in French, "." in English). */
export const decimalMark = (locale: string) => new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.'
