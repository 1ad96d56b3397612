import { describe, expect, it } from 'vitest'
import { parseDecimal } from './parseDecimal'

describe('parseDecimal', () => {
  it.each([
    ['19.99', 'EUR', 1999],
    ['0.1', 'EUR', 10],
    ['0.29', 'EUR', 29],
    ['1.15', 'EUR', 115],
    ['12.5', 'EUR', 1250],
    ['12', 'EUR', 1200],
    ['-3.05', 'EUR', -305],
    ['+7.5', 'EUR', 750],
    ['.5', 'EUR', 50],
    ['5.', 'EUR', 500],
    ['  4.20 ', 'usd', 420],
    ['1200', 'JPY', 1200],
    ['12.345', 'KWD', 12345],
    ['0.001', 'bhd', 1],
  ])('parses %j in %s to %i minor units', (input, currency, expected) => {
    expect(parseDecimal(input, currency)).toBe(expected)
  })

  it('parses numbers exactly, without binary float error', () => {
    expect(parseDecimal(19.99, 'EUR')).toBe(1999)
    expect(parseDecimal(0.1, 'EUR')).toBe(10)
    expect(parseDecimal(1.005, 'KWD')).toBe(1005)
    expect(parseDecimal(4.35, 'EUR')).toBe(435) // 4.35 * 100 === 434.99999999999994
    expect(parseDecimal(-2, 'JPY')).toBe(-2)
  })

  it('accepts trailing zeros beyond the allowed decimals because they do not change the value', () => {
    expect(parseDecimal('1.500', 'EUR')).toBe(150)
    expect(parseDecimal('1200.00', 'JPY')).toBe(1200)
  })

  it('never returns negative zero', () => {
    expect(Object.is(parseDecimal('-0.00', 'EUR'), 0)).toBe(true)
  })

  it.each([
    ['1.001', 'EUR'],
    ['19.999', 'USD'],
    ['0.5', 'JPY'],
    ['12.3456', 'KWD'],
  ])('throws a RangeError for %j: more decimals than %s allows', (input, currency) => {
    expect(() => parseDecimal(input, currency)).toThrow(RangeError)
  })

  it('rejects a number with more decimals than allowed', () => {
    expect(() => parseDecimal(0.125, 'EUR')).toThrow(RangeError)
  })

  it.each(['', ' ', 'abc', '1,50', '1.2.3', '--1', '-', '.', '1e3', '0x10', '€12', '12 EUR', 'NaN'])(
    'throws a RangeError for the non-number %j',
    (input) => {
      expect(() => parseDecimal(input, 'EUR')).toThrow(RangeError)
    },
  )

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 1e21, 1e-7])(
    'throws a RangeError for the number %d',
    (input) => {
      expect(() => parseDecimal(input, 'EUR')).toThrow(RangeError)
    },
  )

  it('throws a RangeError for non-string, non-number input at runtime', () => {
    expect(() => parseDecimal(null as unknown as string, 'EUR')).toThrow(RangeError)
  })

  it('throws a RangeError when the result exceeds the safe integer range', () => {
    expect(parseDecimal('90071992547409.91', 'EUR')).toBe(Number.MAX_SAFE_INTEGER)
    expect(() => parseDecimal('90071992547409.92', 'EUR')).toThrow(RangeError)
    expect(() => parseDecimal('-90071992547409.92', 'EUR')).toThrow(RangeError)
  })

  it('throws a RangeError for an invalid currency', () => {
    expect(() => parseDecimal('1', 'XX')).toThrow(RangeError)
  })
})
