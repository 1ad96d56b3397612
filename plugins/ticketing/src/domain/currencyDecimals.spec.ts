import { describe, expect, it } from 'vitest'
import { currencyDecimals } from './currencyDecimals'

describe('currencyDecimals', () => {
  it.each(['JPY', 'KRW', 'CLP', 'VND', 'ISK', 'XAF', 'XOF', 'UGX', 'XPF'])(
    'returns 0 for the zero-decimal currency %s',
    (code) => {
      expect(currencyDecimals(code)).toBe(0)
    },
  )

  it.each(['BHD', 'JOD', 'KWD', 'OMR', 'TND', 'IQD', 'LYD'])(
    'returns 3 for the three-decimal currency %s',
    (code) => {
      expect(currencyDecimals(code)).toBe(3)
    },
  )

  it.each(['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'HUF'])('returns 2 for %s', (code) => {
    expect(currencyDecimals(code)).toBe(2)
  })

  it('returns 4 for the ISO 4217 unit of account CLF', () => {
    expect(currencyDecimals('CLF')).toBe(4)
  })

  it('is case-insensitive and ignores surrounding whitespace', () => {
    expect(currencyDecimals('jpy')).toBe(0)
    expect(currencyDecimals('Kwd')).toBe(3)
    expect(currencyDecimals(' eur ')).toBe(2)
  })

  it.each(['', 'EU', 'EURO', '€', '12A'])('throws a RangeError for the malformed code %j', (code) => {
    expect(() => currencyDecimals(code)).toThrow(RangeError)
  })

  it('throws a RangeError for a non-string at runtime', () => {
    expect(() => currencyDecimals(undefined as unknown as string)).toThrow(RangeError)
  })
})
