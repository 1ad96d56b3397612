import { describe, expect, it } from 'vitest'
import { formatDecimal } from './formatDecimal'

describe('formatDecimal', () => {
  it.each([
    [1250, 'EUR', '12.50'],
    [-305, 'EUR', '-3.05'],
    [1999, 'usd', '19.99'],
    [5, 'EUR', '0.05'],
    [-5, 'EUR', '-0.05'],
    [0, 'EUR', '0.00'],
    [100000000, 'GBP', '1000000.00'],
    [1200, 'JPY', '1200'],
    [-1200, 'JPY', '-1200'],
    [0, 'JPY', '0'],
    [12345, 'KWD', '12.345'],
    [7, 'BHD', '0.007'],
  ])('formats %i %s as %s', (minor, currency, expected) => {
    expect(formatDecimal(minor, currency)).toBe(expected)
  })

  it('formats negative zero without a sign', () => {
    expect(formatDecimal(-0, 'EUR')).toBe('0.00')
  })

  it('formats the largest safe integer exactly', () => {
    expect(formatDecimal(Number.MAX_SAFE_INTEGER, 'EUR')).toBe('90071992547409.91')
  })

  it.each([12.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    'throws a RangeError for the non-minor amount %d',
    (value) => {
      expect(() => formatDecimal(value, 'EUR')).toThrow(RangeError)
    },
  )

  it('throws a RangeError for an invalid currency', () => {
    expect(() => formatDecimal(100, 'EURO')).toThrow(RangeError)
  })
})
