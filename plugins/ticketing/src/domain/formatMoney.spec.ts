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

  it('always shows the currency decimals by default', () => {
    expect(plain(formatMoney(45000, 'EUR', 'fr'))).toBe('450,00 €')
    expect(formatMoney(45000, 'EUR', 'en')).toBe('€450.00')
    expect(formatMoney(5, 'EUR', 'en')).toBe('€0.05')
    expect(formatMoney(12345, 'KWD', 'en')).toContain('12.345')
  })

  it('hideZeroMinor: cents only when there are some', () => {
    const short = { hideZeroMinor: true }
    expect(plain(formatMoney(39000, 'EUR', 'fr', short))).toBe('390 €')
    expect(formatMoney(39000, 'EUR', 'en', short)).toBe('€390')
    expect(plain(formatMoney(43210, 'EUR', 'fr', short))).toBe('432,10 €')
    expect(formatMoney(59500, 'CAD', 'en', short)).toBe('CA$595')
    expect(formatMoney(5000, 'JPY', 'en', short)).toBe('¥5,000')
    expect(formatMoney(-1200, 'EUR', 'en', short)).toBe('-€12')
  })

  it('takes the decimals from the ISO 4217 table, not from the runtime (one rule on server and browser)', () => {
    expect(formatMoney(1200, 'JPY', 'en')).toBe('¥1,200')
    expect(formatMoney(1234, 'TND', 'en', { hideZeroMinor: true })).toContain('1.234')
  })

  it('is exact for large amounts and refuses fractions of a minor unit', () => {
    expect(formatMoney(9007199254740991, 'EUR', 'en')).toBe('€90,071,992,547,409.91')
    expect(() => formatMoney(12.5, 'EUR', 'fr')).toThrow(RangeError)
  })
})
