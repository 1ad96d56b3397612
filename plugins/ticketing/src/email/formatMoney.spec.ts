import { describe, expect, it } from 'vitest'
import { formatMoney } from './formatMoney'

/** Intl separates with (narrow) no-break spaces; compare with plain spaces. */
const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ')

describe('formatMoney', () => {
  it('formats EUR in French and English', () => {
    expect(plain(formatMoney(45000, 'EUR', 'fr'))).toBe('450,00 €')
    expect(formatMoney(45000, 'EUR', 'en')).toBe('€450.00')
  })

  it('marks CAD as Canadian in French', () => {
    expect(plain(formatMoney(45000, 'CAD', 'fr'))).toMatch(/^450,00 (\$ ?CA|CA ?\$)$/)
    expect(formatMoney(45000, 'cad', 'en')).toBe('CA$450.00')
  })

  it('uses the currency decimals of the domain table', () => {
    expect(plain(formatMoney(1200, 'JPY', 'fr'))).toMatch(/^1 200 (JPY|¥|JP¥)$/)
    expect(formatMoney(12345, 'KWD', 'en')).toContain('12.345')
    expect(formatMoney(5, 'EUR', 'en')).toBe('€0.05')
  })

  it('is exact for large amounts', () => {
    expect(formatMoney(9007199254740991, 'EUR', 'en')).toBe('€90,071,992,547,409.91')
  })

  it('rejects amounts that are not integer minor units', () => {
    expect(() => formatMoney(12.5, 'EUR', 'fr')).toThrow(RangeError)
  })
})
