import { describe, expect, it } from 'vitest'

import { formatMoney, toDecimal } from './formatMoney'

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

describe('money on the site', () => {
  it('formats minor units in the currency and language, cents only when there are some', () => {
    expect(nbsp(formatMoney(39000, 'EUR', 'fr'))).toBe('390 €')
    expect(formatMoney(39000, 'EUR', 'en')).toBe('€390')
    expect(nbsp(formatMoney(43210, 'EUR', 'fr'))).toBe('432,10 €')
    expect(formatMoney(59500, 'CAD', 'en')).toBe('CA$595')
    expect(formatMoney(5000, 'JPY', 'en')).toBe('¥5,000')
  })
  it('gives schema.org a plain decimal with the currency’s digits', () => {
    expect(toDecimal(39000, 'EUR')).toBe('390.00')
    expect(toDecimal(5, 'CAD')).toBe('0.05')
    expect(toDecimal(5000, 'JPY')).toBe('5000')
  })
})
