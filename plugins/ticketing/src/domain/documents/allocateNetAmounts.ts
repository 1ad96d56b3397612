export type NetAmountsInput = {
  /** Tax-included amounts taken off the lines (group discount, promo code), each ≥ 0. */
  discounts: number[]
  /** Tax-included line amounts, each ≥ 0. */
  lines: number[]
  /** Tax-included total of the document: Σ lines − Σ discounts. */
  total: number
  /** The document's total excluding tax, as frozen (0 ≤ totalExclTax ≤ total). */
  totalExclTax: number
}

export type NetAmounts = { discounts: number[]; lines: number[] }

const isAmount = (value: number) => Number.isSafeInteger(value) && value >= 0

/** `a × b ÷ c` rounded half-up, exact in BigInt (a, b ≥ 0, c > 0). */
const mulDivHalfUp = (a: number, b: number, c: number) => Number((2n * BigInt(a) * BigInt(b) + BigInt(c)) / (2n * BigInt(c)))

/**
 * Splits a document's total excluding tax over its lines and discounts, in minor units, so a
 * document can print each line and each discount excluding tax and the sums still add up
 * exactly: Σ lines − Σ discounts = totalExclTax, to the minor unit. The tax itself is decided
 * when the document is issued; this only distributes its frozen total.
 *
 * Each discount is its tax-included amount × totalExclTax ÷ total, rounded half-up; the lines
 * share what remains in proportion to their amounts by largest remainder (ties to the first
 * line), so no line is more than one minor unit from its exact share.
 *
 * @throws RangeError when an amount is not a non-negative integer or the lines, discounts and
 * totals do not add up.
 */
export function allocateNetAmounts({ discounts, lines, total, totalExclTax }: NetAmountsInput): NetAmounts {
  if (![...lines, ...discounts, total, totalExclTax].every(isAmount)) throw new RangeError('Amounts must be non-negative integers in minor units')
  const gross = lines.reduce((sum, amount) => sum + amount, 0)
  const taken = discounts.reduce((sum, amount) => sum + amount, 0)
  if (gross - taken !== total) throw new RangeError(`Lines (${gross}) minus discounts (${taken}) do not make the total (${total})`)
  if (totalExclTax > total) throw new RangeError(`Total excluding tax (${totalExclTax}) exceeds the total (${total})`)
  if (total === 0) return { discounts: discounts.map(() => 0), lines: lines.map(() => 0) }

  const netDiscounts = discounts.map((amount) => mulDivHalfUp(amount, totalExclTax, total))
  const target = totalExclTax + netDiscounts.reduce((sum, amount) => sum + amount, 0)
  const shares = lines.map((amount, index) => {
    const exact = BigInt(amount) * BigInt(target)
    return { index, rest: exact % BigInt(gross), share: Number(exact / BigInt(gross)) }
  })
  let left = target - shares.reduce((sum, line) => sum + line.share, 0)
  const byRest = [...shares].sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1))
  for (const line of byRest) {
    if (left === 0) break
    line.share += 1
    left -= 1
  }
  return { discounts: netDiscounts, lines: shares.map((line) => line.share) }
}
