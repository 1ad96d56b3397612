import type { DocumentTax, SellerTax } from '../../documents/types'

export type TaxSplit = { tax: number; taxes: DocumentTax[]; totalExclTax: number }

const RATE = /^(\d{1,3})(?:\.(\d{1,3}))?$/
/** Rates are kept to the thousandth of a percent (9.975 %): 100 % = 100 000. */
const SCALE = 100_000n

/** A rate string ("20", "9.975") in thousandths of a percent. @throws RangeError when it is not one. */
export const rateMillis = (ratePercent: string): bigint => {
  const match = RATE.exec(ratePercent.trim())
  if (!match) throw new RangeError(`Not a tax rate: ${JSON.stringify(ratePercent)}`)
  return BigInt(match[1]) * 1000n + BigInt((match[2] ?? '').padEnd(3, '0'))
}

/** `a × b ÷ c` rounded half-up, exact (a, b ≥ 0, c > 0). */
const mulDivHalfUp = (a: bigint, b: bigint, c: bigint) => (2n * a * b + c) / (2n * c)

/**
 * Splits a tax-inclusive total (minor units) into its amount excluding tax and each tax, as
 * every invoice and credit note is issued: excl. = half-up round of total × 100 ÷ (100 + Σ
 * rates); each tax is the half-up round of excl. × its rate (capped at what is left), except
 * the last, which takes what remains so that excl. + Σ taxes = total exactly. No tax (an exempt seller): excl. = total.
 * Every tax applies to the whole amount excluding tax (its `base`).
 *
 * @throws RangeError when the total is not a non-negative integer or a rate is not a decimal.
 */
export function splitTaxInclusive(total: number, taxes: SellerTax[]): TaxSplit {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError('The total must be a non-negative integer in minor units')
  const rates = taxes.map((tax) => rateMillis(tax.ratePercent))
  const sumRates = rates.reduce((sum, rate) => sum + rate, 0n)
  const excl = Number(mulDivHalfUp(BigInt(total), SCALE, SCALE + sumRates))
  let left = total - excl
  const lines = taxes.map((tax, index) => {
    // Never more than is left, so the last tax is never negative (three taxes all rounding up).
    const amount = index === taxes.length - 1 ? left : Math.min(left, Number(mulDivHalfUp(BigInt(excl), rates[index], SCALE)))
    left -= amount
    return { amount, base: excl, name: tax.name, number: tax.number ?? null, ratePercent: tax.ratePercent }
  })
  return { tax: total - excl, taxes: lines, totalExclTax: excl }
}
