const RATE = /^(\d+)(?:\.(\d+))?$/

/**
 * Prints a tax rate kept as a decimal string ("20", "9.975", "5.50") the way a document in
 * `language` writes it: `20 %` and `9,975 %` in French (narrow no-break space before %),
 * `20%` and `9.975%` in English. String arithmetic only: the rate printed is the rate stored,
 * without trailing zeros.
 *
 * @throws RangeError when `ratePercent` is not a plain non-negative decimal.
 */
export function formatTaxRate(ratePercent: string, language: 'en' | 'fr'): string {
  const match = RATE.exec(ratePercent.trim())
  if (!match) throw new RangeError(`Not a tax rate: ${JSON.stringify(ratePercent)}`)
  const whole = match[1].replace(/^0+(?=\d)/, '')
  const fraction = (match[2] ?? '').replace(/0+$/, '')
  if (language === 'fr') return `${whole}${fraction ? `,${fraction}` : ''}\u202f%`
  return `${whole}${fraction ? `.${fraction}` : ''}%`
}
