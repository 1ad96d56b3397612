import { describe, expect, it } from 'vitest'
import { formatTaxRate } from './formatTaxRate'

describe('formatTaxRate', () => {
  it('prints French rates with a decimal comma and a no-break space before %', () => {
    expect(formatTaxRate('20', 'fr')).toBe('20\u202f%')
    expect(formatTaxRate('9.975', 'fr')).toBe('9,975\u202f%')
    expect(formatTaxRate('5.50', 'fr')).toBe('5,5\u202f%')
  })

  it('prints English rates with a decimal point', () => {
    expect(formatTaxRate('20.00', 'en')).toBe('20%')
    expect(formatTaxRate('09.975', 'en')).toBe('9.975%')
    expect(formatTaxRate('0', 'en')).toBe('0%')
  })

  it('rejects what is not a rate', () => {
    for (const bad of ['', '-5', '20 %', '1e2', '9,975']) expect(() => formatTaxRate(bad, 'fr')).toThrow(RangeError)
  })
})
