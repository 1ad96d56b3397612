import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { formatDecimal } from './formatDecimal'
import { decimalMark, parseTypedAmount } from './parseTypedAmount'

describe('parseTypedAmount', () => {
  it('reads a decimal comma or point, and thousands written either way', () => {
    expect(parseTypedAmount('390,5', 'EUR')).toBe(39050)
    expect(parseTypedAmount('390.50', 'EUR')).toBe(39050)
    expect(parseTypedAmount(' 1 170,00 ', 'EUR')).toBe(117000)
    expect(parseTypedAmount('1\u202f170,00', 'EUR')).toBe(117000)
    expect(parseTypedAmount('1,170.50', 'CAD')).toBe(117050)
    expect(parseTypedAmount('1.170,50', 'EUR')).toBe(117050)
    expect(parseTypedAmount("1'170", 'EUR')).toBe(117000)
    expect(parseTypedAmount('1200', 'JPY')).toBe(1200)
  })

  it('refuses what is not an amount, and decimals the currency does not have', () => {
    for (const text of ['', 'abc', '1,2,3x', '10,001', '5,5']) {
      expect(() => parseTypedAmount(text, text === '5,5' ? 'JPY' : 'EUR')).toThrow(RangeError)
    }
  })

  it('reads back what the admin writes, in French and in English', () => {
    fc.assert(
      fc.property(fc.integer({ max: 10_000_000_00, min: 0 }), fc.constantFrom('fr', 'en'), (minor, language) => {
        const shown = formatDecimal(minor, 'EUR').replace('.', decimalMark(language))
        expect(parseTypedAmount(shown, 'EUR')).toBe(minor)
      }),
    )
  })

  it('knows each language’s decimal mark', () => {
    expect(decimalMark('fr')).toBe(',')
    expect(decimalMark('en')).toBe('.')
  })
})
