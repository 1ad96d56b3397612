import { describe, expect, it } from 'vitest'
import { formatMoney } from './formatMoney'

/** Intl separates with (narrow) no-break spaces; compare with plain spaces. */
const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ')

describe('formatMoney', () => {
  it('prints French amounts the French way', () => {
    expect(plain(formatMoney(117000, 'EUR', 'fr-FR'))).toBe('1 170,00 €')
    expect(plain(formatMoney(5, 'eur', 'fr-FR'))).toBe('0,05 €')
  })

  it('prints Canadian dollars as Québec does, and English amounts the English way', () => {
    expect(plain(formatMoney(117000, 'CAD', 'fr-CA'))).toBe('1 170,00 $')
    expect(formatMoney(117000, 'EUR', 'en-GB')).toBe('€1,170.00')
  })

  it('keeps the currency decimals of the domain table and is exact for large amounts', () => {
    expect(plain(formatMoney(1200, 'JPY', 'fr-FR'))).toMatch(/^1 200 (JPY|¥|JP¥)$/)
    expect(formatMoney(12345, 'KWD', 'en-GB')).toContain('12.345')
    expect(formatMoney(9007199254740991, 'EUR', 'en-GB')).toBe('€90,071,992,547,409.91')
  })

  it('rejects amounts that are not integer minor units', () => {
    expect(() => formatMoney(12.5, 'EUR', 'fr-FR')).toThrow(RangeError)
  })
})
